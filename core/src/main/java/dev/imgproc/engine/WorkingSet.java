package dev.imgproc.engine;

import dev.imgproc.filter.Filter;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Size;

/** Estimates, from an image's header, the most memory a job holds at once. */
final class WorkingSet {
    private static final int BYTES_PER_PIXEL = 4;

    private WorkingSet() {}

    /**
     * Decoding holds the decoder's raster and our pixel array; each filter holds its input and output, plus about one
     * more image of scratch space for separable passes.
     *
     * @param decoded the size the image is decoded at: reduced when the codec shrinks on load
     */
    static long bytes(Size decoded, FilterChain filters, int encodedBytes) {
        Size size = decoded;
        long peakPixels = 2 * size.pixels();
        for (Filter filter : filters.filters()) {
            Size next = filter.outputSize(size);
            peakPixels = Math.max(peakPixels, size.pixels() + 2 * next.pixels());
            size = next;
        }
        return peakPixels * BYTES_PER_PIXEL + encodedBytes;
    }
}
