package dev.imgproc.filter;

import dev.imgproc.filter.kernel.PlaneLayout;

/**
 * Medians of every 3x3 window of one 8-bit channel, edges extended, in vector code: {@link SlidingMedian}'s
 * histograms take a constant time per pixel whatever the radius, but one that is large next to the nine samples of
 * the smallest window (the default, against speckle), and their updates are scalar.
 *
 * <p>The median of nine is {@code med3(max of the column minimums, med3 of the column medians, min of the column
 * maximums)}, where each column of three is sorted once and serves the three windows it is part of. Every step is a
 * min or a max over whole rows, arranged as C2's vectoriser needs them (see {@code PlaneLayout}): one array stored
 * per loop, and copies shifted by one and two columns (array copies) so that every loop reads its arrays at the same
 * index. Exact, like any order statistic: no arithmetic touches the values.
 *
 * <p>Not thread-safe: one instance per band of rows.
 */
final class Median3x3 {
    private final int[] src;
    private final int width;
    private final int height;
    /** Input rows, padded, each loaded once into slot {@code row % 3}. */
    private final int[][] ring = new int[3][];
    /** The columns' minimums, medians and maximums, each also shifted left by 1 and 2. */
    private final int[][] low = new int[3][];
    private final int[][] middle = new int[3][];
    private final int[][] high = new int[3][];
    /**
     * What levels pass through between the image's int[] and a row at another offset (see {@link
     * PlaneLayout#channelInts}): in from the image, and out as each row's medians.
     */
    private final float[] staging;

    Median3x3(int[] src, int width, int height) {
        this.src = src;
        this.width = width;
        this.height = height;
        int padded = width + 2;
        this.staging = new float[width];
        for (int s = 0; s < 3; s++) {
            ring[s] = new int[padded];
            low[s] = new int[padded];
            middle[s] = new int[padded];
            high[s] = new int[padded];
        }
    }

    /**
     * Writes the medians of the channel at bit {@code shift} for rows {@code [from, to)}, adding {@code median *
     * spread} into {@code dst}, as {@link SlidingMedian#run} does.
     */
    void run(int shift, int spread, int from, int to, int[] dst) {
        int[] held = {-1, -1, -1}; // the input row in each slot of the ring
        for (int y = from; y < to; y++) {
            int above = Math.max(0, y - 1);
            int below = Math.min(height - 1, y + 1);
            for (int r = above; r <= below; r++) {
                if (held[r % 3] != r) {
                    load(r, shift, ring[r % 3]);
                    held[r % 3] = r;
                }
            }
            sortColumns(ring[above % 3], ring[y % 3], ring[below % 3]);
            int row = y * width;
            int[] lo0 = low[0];
            int[] lo1 = low[1];
            int[] lo2 = low[2];
            int[] md0 = middle[0];
            int[] md1 = middle[1];
            int[] md2 = middle[2];
            int[] hi0 = high[0];
            int[] hi1 = high[1];
            int[] hi2 = high[2];
            for (int x = 0; x < width; x++) {
                int maxLow = Math.max(Math.max(lo0[x], lo1[x]), lo2[x]);
                int medMiddle = med3(md0[x], md1[x], md2[x]);
                int minHigh = Math.min(Math.min(hi0[x], hi1[x]), hi2[x]);
                staging[x] = med3(maxLow, medMiddle, minHigh);
            }
            for (int x = 0; x < width; x++) {
                dst[row + x] += (int) staging[x] * spread;
            }
        }
    }

    /** One channel of input row {@code y} into {@code line[1..width]}, the edge values repeated at 0 and width + 1. */
    private void load(int y, int shift, int[] line) {
        PlaneLayout.channelInts(src, y * width, shift, line, 1, width, staging);
        line[0] = line[1];
        line[width + 1] = line[width];
    }

    /** Each padded column of up, mid and down sorted into low, middle and high, with their shifted copies. */
    private void sortColumns(int[] up, int[] mid, int[] down) {
        int n = width + 2;
        int[] lo = low[0];
        int[] md = middle[0];
        int[] hi = high[0];
        for (int x = 0; x < n; x++) {
            lo[x] = Math.min(Math.min(up[x], mid[x]), down[x]);
        }
        for (int x = 0; x < n; x++) {
            md[x] = med3(up[x], mid[x], down[x]);
        }
        for (int x = 0; x < n; x++) {
            hi[x] = Math.max(Math.max(up[x], mid[x]), down[x]);
        }
        for (int[][] sorted : new int[][][] {low, middle, high}) {
            System.arraycopy(sorted[0], 1, sorted[1], 0, width);
            System.arraycopy(sorted[0], 2, sorted[2], 0, width);
        }
    }

    private static int med3(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }
}
