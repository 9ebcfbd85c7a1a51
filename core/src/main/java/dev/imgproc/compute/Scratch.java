package dev.imgproc.compute;

/**
 * Per-thread scratch arrays for the inner loops of filters: a band of rows asks for the row buffers it needs, and
 * the thread that runs it gets the arrays it used for the previous band back instead of new ones. A 4K blur then
 * allocates nothing but its output, where it used to allocate (and make the GC sweep) a float copy of the whole
 * image per operation.
 *
 * <p>Each thread keeps one array per {@link Slot} and kind (floats, ints, float rows, double rows), so a band may hold
 * the float and the int array of one slot at once. An array is only valid until the same thread asks for the same
 * slot and kind again, so a caller takes its arrays at the start of a band and drops them at its end; code that
 * runs inside a band must not ask for a slot the band is using. Arrays longer than asked for are handed out as they
 * are, so loops take their lengths from the image, never from the array. Anything above {@link #RETAINED_BYTES} is
 * handed out but not kept, so a one-off huge kernel does not pin its memory to a pool thread for the rest of the run.
 */
public final class Scratch {
    /** What a thread keeps per slot at most: a few dozen rows of a large image, not an image. */
    static final long RETAINED_BYTES = 16L << 20;

    /** The independent buffers a band may hold at once. */
    public enum Slot {
        /** Horizontally filtered rows waiting for the vertical pass. */
        RING,
        /** One input row, unpacked and padded. */
        LINE,
        /** One output row per plane, before packing. */
        ROW,
        /** Columns of a row split by phase (resampling). */
        PHASES
    }

    private static final int SLOTS = Slot.values().length;

    private static final ThreadLocal<Object[]> LOCAL = ThreadLocal.withInitial(() -> new Object[4 * SLOTS]);

    private Scratch() {}

    /** A float array of at least {@code length} elements, with undefined contents. */
    public static float[] floats(Slot slot, int length) {
        Object[] mine = LOCAL.get();
        int index = slot.ordinal();
        if (mine[index] instanceof float[] array && array.length >= length) {
            return array;
        }
        float[] array = new float[length];
        mine[index] = keep(length * (long) Float.BYTES) ? array : null;
        return array;
    }

    /** An int array of at least {@code length} elements, with undefined contents. */
    public static int[] ints(Slot slot, int length) {
        Object[] mine = LOCAL.get();
        int index = SLOTS + slot.ordinal();
        if (mine[index] instanceof int[] array && array.length >= length) {
            return array;
        }
        int[] array = new int[length];
        mine[index] = keep(length * (long) Integer.BYTES) ? array : null;
        return array;
    }

    /**
     * {@code count} separate float rows of at least {@code length} elements each, with undefined contents. Separate
     * arrays rather than one long one: C2 vectorises {@code out[i] = f(a[i], b[i])} over distinct arrays indexed alike,
     * but not a loop that reads and writes one float array at two different offsets (it cannot rule out that they
     * overlap).
     */
    public static float[][] rows(Slot slot, int count, int length) {
        Object[] mine = LOCAL.get();
        int index = 2 * SLOTS + slot.ordinal();
        if (mine[index] instanceof float[][] rows && rows.length >= count && rows[0].length >= length) {
            return rows;
        }
        float[][] rows = new float[count][length];
        mine[index] = keep((long) count * length * Float.BYTES) ? rows : null;
        return rows;
    }

    /** As {@link #rows}, in doubles. */
    public static double[][] doubleRows(Slot slot, int count, int length) {
        Object[] mine = LOCAL.get();
        int index = 3 * SLOTS + slot.ordinal();
        if (mine[index] instanceof double[][] rows && rows.length >= count && rows[0].length >= length) {
            return rows;
        }
        double[][] rows = new double[count][length];
        mine[index] = keep((long) count * length * Double.BYTES) ? rows : null;
        return rows;
    }

    private static boolean keep(long bytes) {
        return bytes <= RETAINED_BYTES;
    }
}
