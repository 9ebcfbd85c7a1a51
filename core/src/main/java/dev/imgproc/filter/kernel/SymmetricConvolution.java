package dev.imgproc.filter.kernel;

import dev.imgproc.compute.Parallel;
import dev.imgproc.compute.Scratch;
import dev.imgproc.image.Image;
import java.util.Arrays;

/**
 * A separable convolution with one symmetric kernel on both axes (a Gaussian), edges extended, in float, on
 * premultiplied colour when the image has alpha: what blur and sharpen are made of.
 *
 * <p>It works in strips: each band of output rows filters the input rows it needs horizontally into a ring of
 * {@code 2r + 1} rows, and computes each output row from the ring as soon as the rows below it are in, where a
 * whole-image float intermediate would be 100 MB per 4K image written to memory and read back. A band starts
 * {@code r} rows early, so bands are kept several kernels tall and that repeated work small. The ring must stay in
 * the core's own cache, since every output row reads all of it: for wide kernels on wide images (2.3 MB for sigma 8
 * on a 4K RGB row) the band runs in column tiles, each with its own narrower ring, its line read {@code r} columns
 * beyond each side. A tile's pixels get the same sums in the same order as without tiles.
 *
 * <p>Both passes fold the kernel ({@code w[k] * (a + b)} for the samples {@code k} either side) and run kernel-major
 * over a whole row, {@code out[i] += w * (left[i] + right[i])}, which C2 compiles to vector FMAs when the loop is
 * shaped for it (see {@link PlaneLayout}): the horizontal pass reads an int line and writes floats, the vertical pass
 * reads ring rows that are separate arrays, indexed alike. Samples beyond the ends of a row are read from padding
 * filled with the edge value; rows beyond the top and bottom are the edge rows themselves.
 */
public final class SymmetricConvolution {
    /** A band is at least this many kernel heights tall, so that re-filtering its first 2r rows stays cheap. */
    private static final int MIN_BAND_KERNELS = 4;

    /**
     * The most a ring may take: about half of a core's L2 cache on current servers (2 MB on the development
     * machine), leaving room for the rows read and written. Measured with sigma 8 on a 4K photo, one thread (JMH,
     * two runs each): untiled (a 2.3 MB ring) 243-260 ms; 1 MiB (three tiles 1280 wide) 164-184 ms; 512 KiB (five
     * of 768) 201-215 ms; 192 KiB (fifteen of 256, the line's margins now a third of the work) 294-311 ms. Where L2
     * is smaller, a 1 MiB ring is still better than the untiled one, which does not fit either.
     */
    private static final long RING_BYTES = 1024 * 1024;

    /** Tiles are a whole number of this many columns, so that row loops run in full vectors. */
    private static final int TILE_ALIGNMENT = 16;

    private SymmetricConvolution() {}

    /**
     * Convolves {@code in} with {@code kernel} (odd length, symmetric, centre in the middle) horizontally and
     * vertically, handing each output row, or each column tile of it, to {@code sink}.
     */
    public static void apply(Image in, float[] kernel, RowSink sink) {
        apply(in, kernel, sink,
                tileWidth(in.width(), ringRows(kernel, in.height()), PlaneLayout.of(in.channels()).planes()));
    }

    /** {@link #apply(Image, float[], RowSink)} in column tiles {@code tileWidth} wide (the last one narrower). */
    static void apply(Image in, float[] kernel, RowSink sink, int tileWidth) {
        if (kernel.length % 2 == 0) {
            throw new IllegalArgumentException("a symmetric kernel has odd length, not " + kernel.length);
        }
        int radius = kernel.length / 2;
        int width = in.width();
        Parallel.forRows(in.height(), (long) width * kernel.length, MIN_BAND_KERNELS * kernel.length,
                (from, to) -> {
                    for (int x = 0; x < width; x += tileWidth) {
                        new Band(in, kernel, sink, x, Math.min(tileWidth, width - x))
                                .run(Math.max(0, from - radius), from, to);
                    }
                });
    }

    /** The distinct rows an output row reads: its 2r + 1 neighbours, fewer when the image is shorter. */
    private static int ringRows(float[] kernel, int height) {
        return Math.min(kernel.length, height);
    }

    /** The widest equal tiles, aligned, whose ring fits {@link #RING_BYTES}: the whole width when it fits. */
    static int tileWidth(int width, int ringRows, int planes) {
        long columnBytes = (long) ringRows * planes * Float.BYTES;
        long tiles = Math.max(1, Math.ceilDiv(columnBytes * width, RING_BYTES));
        if (tiles == 1) {
            return width;
        }
        int tile = (int) Math.ceilDiv(width, tiles);
        return Math.min(width, Math.ceilDiv(tile, TILE_ALIGNMENT) * TILE_ALIGNMENT);
    }

    /**
     * One band's state, for the columns {@code [x0, x0 + n)}: its ring of horizontally filtered rows and its buffers,
     * from the thread's scratch.
     */
    private static final class Band {
        private final int[] src;
        private final int width;
        private final int height;
        private final int x0;
        private final int n;
        private final float[] kernel;
        private final int radius;
        private final PlaneLayout layout;
        private final int planes;
        private final RowSink sink;
        /** Ring slots: plane {@code p} of input row {@code r} is {@code ring[(r % slots) * planes + p]}. */
        private final int slots;
        private final float[][] ring;
        /**
         * One input plane as ints: the tile's columns and {@code radius} more on each side, edge values where those
         * fall outside the image.
         */
        private final int[] line;
        /** What {@link PlaneLayout#splitInts} copies the line through. */
        private final float[] staging;
        private final float[][] out;

        Band(Image in, float[] kernel, RowSink sink, int x0, int n) {
            this.src = in.pixels();
            this.width = in.width();
            this.height = in.height();
            this.x0 = x0;
            this.n = n;
            this.kernel = kernel;
            this.radius = kernel.length / 2;
            this.layout = PlaneLayout.of(in.channels());
            this.planes = layout.planes();
            this.sink = sink;
            this.slots = ringRows(kernel, height);
            this.ring = Scratch.rows(Scratch.Slot.RING, slots * planes, n);
            this.line = Scratch.ints(Scratch.Slot.LINE, n + 2 * radius);
            this.staging = Scratch.floats(Scratch.Slot.LINE, n + 2 * radius);
            float[][] rows = Scratch.rows(Scratch.Slot.ROW, planes, n);
            this.out = rows.length == planes ? rows : Arrays.copyOf(rows, planes);
        }

        /** Output rows {@code [from, to)}, filtering input rows from {@code first} on. */
        void run(int first, int from, int to) {
            int next = first; // the next input row to filter into the ring
            for (int y = from; y < to; y++) {
                int needed = Math.min(height - 1, y + radius);
                while (next <= needed) {
                    filterRow(next++);
                }
                for (int p = 0; p < planes; p++) {
                    verticalRow(y, p, out[p]);
                }
                layout.unpremultiply(out, n);
                sink.accept(y, x0, n, out);
            }
        }

        /**
         * Input row {@code y}, plane by plane: the columns the tile reads split into the line, padded with the edge
         * values beyond the image, filtered into its ring slot.
         */
        private void filterRow(int y) {
            int slot = (y % slots) * planes;
            int left = x0 - radius; // the image column at line[0]
            int from = Math.max(0, left);
            int to = Math.min(width, x0 + n + radius);
            int lineLength = n + 2 * radius;
            for (int p = 0; p < planes; p++) {
                layout.splitInts(src, y * width + from, p, line, from - left, to - from, staging);
                Arrays.fill(line, 0, from - left, line[from - left]);
                Arrays.fill(line, to - left, lineLength, line[to - left - 1]);
                convolveLine(layout.intScale(p), ring[slot + p]);
            }
        }

        /** {@code dst[i]} = the kernel over the line around {@code line[radius + i]}, times {@code scale}. */
        private void convolveLine(float scale, float[] dst) {
            RowKernels.scaleInts(dst, line, radius, kernel[radius] * scale, n);
            for (int k = 1; k <= radius; k++) {
                RowKernels.addIntPair(dst, line, radius - k, radius + k, kernel[radius + k] * scale, n);
            }
        }

        /**
         * Plane {@code p} of output row {@code y} from the ring. Four pairs of rows per pass over the row: the row of
         * sums is read and written a quarter as often, which measured 35% faster for sigma 8 than one pair per pass.
         */
        private void verticalRow(int y, int p, float[] dst) {
            RowKernels.scale(dst, row(y, p), kernel[radius], n);
            int k = 1;
            for (; k + 3 <= radius; k += 4) {
                RowKernels.addPairs4(dst,
                        row(y - k, p), row(y + k, p), kernel[radius + k],
                        row(y - k - 1, p), row(y + k + 1, p), kernel[radius + k + 1],
                        row(y - k - 2, p), row(y + k + 2, p), kernel[radius + k + 2],
                        row(y - k - 3, p), row(y + k + 3, p), kernel[radius + k + 3], n);
            }
            for (; k <= radius; k++) {
                RowKernels.addPair(dst, row(y - k, p), row(y + k, p), kernel[radius + k], n);
            }
        }

        /** Plane {@code p} of input row {@code y} in the ring, clamped to the image: beyond the edges, the edge rows. */
        private float[] row(int y, int p) {
            int clamped = y < 0 ? 0 : Math.min(y, height - 1);
            return ring[(clamped % slots) * planes + p];
        }
    }
}
