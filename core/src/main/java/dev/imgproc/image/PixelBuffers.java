package dev.imgproc.image;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Pixel arrays for reuse: the engine hands back the arrays of images it is done with, and decoders and filters take
 * arrays of the same size from here instead of allocating. A batch of same-sized photos then recycles a handful of
 * arrays for the whole run.
 *
 * <p>Why: a 4K image is a 33 MB array, a humongous object for G1, and allocating one zeroes it and (while the heap
 * grows) faults its pages in; a filter chain allocated two to four of them per image. That cost up to a third of
 * the time of a grayscale-and-edges job, and the garbage let G1 grow the heap to 1.5 GB and more for a batch whose
 * live data is a few hundred MB. Recycled, the heap stays at the arrays in flight plus what is kept here.
 *
 * <p>Arrays come back with old pixels in them: only code that writes every element of the array takes one. Only an
 * owner that knows no image uses an array any more gives it back (see {@code JobRun}). At most {@link
 * #retainedBytes()} are kept, the oldest dropped first. Thread-safe.
 */
public final class PixelBuffers {
    /** A few 4K images' worth (33 MB each), and never more than an eighth of the heap. */
    private static final long DEFAULT_RETAINED_BYTES = Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);

    private static final ArrayDeque<int[]> FREE = new ArrayDeque<>();
    private static long freeBytes;
    private static long retainedBytes = DEFAULT_RETAINED_BYTES;

    private PixelBuffers() {}

    /** An array of exactly {@code length} ints, with undefined contents: the caller writes every element. */
    public static int[] take(int length) {
        synchronized (FREE) {
            for (Iterator<int[]> it = FREE.iterator(); it.hasNext(); ) {
                int[] array = it.next();
                if (array.length == length) {
                    it.remove();
                    freeBytes -= bytes(array);
                    return array;
                }
            }
        }
        return new int[length];
    }

    /** Takes back an array no image uses any more; keeps it if it fits under the limit, dropping older ones. */
    public static void give(int[] array) {
        long size = bytes(array);
        synchronized (FREE) {
            if (size > retainedBytes) {
                return;
            }
            while (freeBytes + size > retainedBytes) {
                freeBytes -= bytes(FREE.removeLast());
            }
            FREE.addFirst(array);
            freeBytes += size;
        }
    }

    /** At most this many bytes of arrays are kept for reuse. */
    public static long retainedBytes() {
        synchronized (FREE) {
            return retainedBytes;
        }
    }

    /** Sets the limit, dropping arrays over it. 0 keeps none. */
    public static void retain(long bytes) {
        synchronized (FREE) {
            retainedBytes = Math.max(0, bytes);
            while (freeBytes > retainedBytes) {
                freeBytes -= bytes(FREE.removeLast());
            }
        }
    }

    private static long bytes(int[] array) {
        return (long) array.length * Integer.BYTES;
    }
}
