package dev.imgproc.filter;

import java.util.Arrays;

/**
 * Medians of every {@code (2r+1)²} window of one 8-bit channel, edges extended, in time per pixel independent of the
 * radius (Perreault and Hébert, "Median filtering in constant time", 2007). Each column keeps a histogram of its
 * {@code 2r+1} rows that slides down one row at a time; the window's histogram slides right by adding the column
 * that enters and subtracting the one that leaves. Histograms have two levels, 16 coarse bins over 256 fine ones, so
 * a step updates 16 coarse bins plus only the fine bins under the median's coarse bin, brought up to date lazily.
 *
 * <p>Not thread-safe: one instance per band of rows.
 */
final class SlidingMedian {
    private static final int STALE = Integer.MIN_VALUE / 2;

    private final int[] src;
    private final int width;
    private final int height;
    private final int radius;
    private final short[] columnCoarse;
    private final short[] columnFine;
    private final int[] coarse = new int[16];
    private final int[] fine = new int[256];
    /** The column up to which each 16-bin segment of {@link #fine} is current. */
    private final int[] fineAt = new int[16];

    SlidingMedian(int[] src, int width, int height, int radius) {
        this.src = src;
        this.width = width;
        this.height = height;
        this.radius = radius;
        this.columnCoarse = new short[width * 16];
        this.columnFine = new short[width * 256];
    }

    /**
     * Writes the medians of the channel at bit {@code shift} for rows {@code [from, to)}, adding
     * {@code median * spread} into {@code dst} (a spread of {@code 1 << shift} puts it back in its channel,
     * {@code 0x010101} into all three colour channels).
     */
    void run(int shift, int spread, int from, int to, int[] dst) {
        Arrays.fill(columnCoarse, (short) 0);
        Arrays.fill(columnFine, (short) 0);
        for (int k = -radius; k <= radius; k++) {
            addRow(shift, clamp(from + k, height), 1);
        }
        for (int y = from; y < to; y++) {
            if (y > from) {
                addRow(shift, clamp(y - radius - 1, height), -1);
                addRow(shift, clamp(y + radius, height), 1);
            }
            sweep(y * width, spread, dst);
        }
    }

    private void addRow(int shift, int y, int delta) {
        int row = y * width;
        for (int x = 0; x < width; x++) {
            int v = (src[row + x] >> shift) & 0xFF;
            columnFine[x * 256 + v] += (short) delta;
            columnCoarse[x * 16 + (v >> 4)] += (short) delta;
        }
    }

    private void sweep(int row, int spread, int[] dst) {
        Arrays.fill(coarse, 0);
        for (int k = -radius; k <= radius; k++) {
            addCoarse(clamp(k, width), 1);
        }
        Arrays.fill(fineAt, STALE);
        int side = 2 * radius + 1;
        int rank = side * side / 2;
        for (int x = 0; x < width; x++) {
            if (x > 0) {
                slideCoarse(clamp(x + radius, width), clamp(x - radius - 1, width));
            }
            int bin = 0;
            int below = 0;
            while (below + coarse[bin] <= rank) {
                below += coarse[bin++];
            }
            refreshFine(bin, x);
            int v = bin * 16;
            while (below + fine[v] <= rank) {
                below += fine[v++];
            }
            dst[row + x] += v * spread;
        }
    }

    private void addCoarse(int column, int sign) {
        int base = column * 16;
        for (int i = 0; i < 16; i++) {
            coarse[i] += sign * columnCoarse[base + i];
        }
    }

    private void slideCoarse(int entering, int leaving) {
        int in = entering * 16;
        int out = leaving * 16;
        for (int i = 0; i < 16; i++) {
            coarse[i] += columnCoarse[in + i] - columnCoarse[out + i];
        }
    }

    /** Brings the fine bins of coarse bin {@code bin} to the window at column {@code x}. */
    private void refreshFine(int bin, int x) {
        int at = fineAt[bin];
        int segment = bin * 16;
        if (x - at > radius) {
            // rebuilding costs 2r+1 column reads; catching up costs two per column skipped
            Arrays.fill(fine, segment, segment + 16, 0);
            for (int k = -radius; k <= radius; k++) {
                addFine(clamp(x + k, width), segment, 1);
            }
        } else {
            for (int j = at + 1; j <= x; j++) {
                addFine(clamp(j + radius, width), segment, 1);
                addFine(clamp(j - radius - 1, width), segment, -1);
            }
        }
        fineAt[bin] = x;
    }

    private void addFine(int column, int segment, int sign) {
        int base = column * 256 + segment;
        for (int i = 0; i < 16; i++) {
            fine[segment + i] += sign * columnFine[base + i];
        }
    }

    private static int clamp(int i, int length) {
        return i < 0 ? 0 : Math.min(i, length - 1);
    }
}
