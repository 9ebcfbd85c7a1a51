package dev.imgproc.filter.kernel;

import dev.imgproc.compute.Parallel;
import dev.imgproc.compute.Scratch;
import dev.imgproc.image.Image;
import java.util.Arrays;

/**
 * Resampling by two 1-D passes, vertical first, in float on premultiplied colour when the image has alpha: what
 * resize is made of.
 *
 * <p>Vertical first because the vertical pass vectorises over whole rows (every output row is a weighted sum of
 * input rows, the same weight along the row), so it is the cheap pass, and a downscale leaves it the larger
 * image; the horizontal pass then runs on rows already reduced in number. Each band keeps the input rows its
 * taps read in a small ring, split into planes once, and only the columns the horizontal taps read (a cover crop
 * needs fewer).
 *
 * <p>The horizontal pass has a different window for every output, which C2 cannot vectorise as it stands. When
 * the scale is a ratio of small numbers (2 for 4K to 1920, 12/5 for 1920 to 800) the taps repeat every {@link
 * Taps#period()} outputs, so the row is split by phase ({@code step} arrays holding every {@code step}-th input
 * sample) and each phase of the output becomes a plain convolution of those arrays: vector code again. The
 * phase arrays are doubles so that the loop reads another type than it writes (C2 will not vectorise float to
 * float at different offsets); float to double and back is exact, so results do not change. Outputs whose taps
 * are clipped at the edges, and scales without a short period, take the direct loop.
 */
public final class Resampler {
    private Resampler() {}

    /** Resamples {@code in} with the taps, handing each output row to {@code sink}. */
    public static void apply(Image in, Taps horizontal, Taps vertical, RowSink sink) {
        int readWidth = horizontal.readTo() - horizontal.readFrom();
        long work = (long) readWidth * vertical.maxCount() + (long) horizontal.outLength() * horizontal.maxCount();
        // a band reads the rows above its first output again: keep bands several windows tall
        int minRows = 4 * Math.max(1, vertical.maxCount());
        Parallel.forRows(vertical.outLength(), Math.max(1, work / 4), minRows,
                (from, to) -> new Band(in, horizontal, vertical, sink).run(from, to));
    }

    private static final class Band {
        private final int[] src;
        private final int inWidth;
        private final PlaneLayout layout;
        private final int planes;
        private final Taps horizontal;
        private final Taps vertical;
        private final RowSink sink;
        /** The input columns the horizontal taps read, from {@code columnFrom}. */
        private final int columnFrom;
        private final int columns;
        /** Input rows split into planes: plane {@code p} of row {@code r} in {@code ring[(r % slots) * planes + p]}. */
        private final int slots;
        private final float[][] ring;
        private final int[] slotRow;
        /** One plane of the current row after the vertical pass. */
        private final float[] column;
        private final float[][] out;
        private final Phases phases;

        Band(Image in, Taps horizontal, Taps vertical, RowSink sink) {
            this.src = in.pixels();
            this.inWidth = in.width();
            this.layout = PlaneLayout.of(in.channels());
            this.planes = layout.planes();
            this.horizontal = horizontal;
            this.vertical = vertical;
            this.sink = sink;
            this.columnFrom = horizontal.readFrom();
            this.columns = horizontal.readTo() - columnFrom;
            // a window is a run of consecutive rows, so its rows have distinct slots
            this.slots = Math.max(1, vertical.maxCount());
            this.ring = Scratch.rows(Scratch.Slot.RING, slots * planes, columns);
            this.slotRow = new int[slots];
            Arrays.fill(slotRow, -1);
            this.column = Scratch.floats(Scratch.Slot.LINE, columns);
            float[][] rows = Scratch.rows(Scratch.Slot.ROW, planes, horizontal.outLength());
            this.out = rows.length == planes ? rows : Arrays.copyOf(rows, planes);
            this.phases = horizontal.period() == 0 ? null : new Phases(horizontal, columnFrom, columns);
        }

        void run(int from, int to) {
            int outWidth = horizontal.outLength();
            for (int y = from; y < to; y++) {
                int first = vertical.first(y);
                int count = vertical.count(y);
                for (int k = 0; k < count; k++) {
                    load(vertical.clampIndex(first + k));
                }
                for (int p = 0; p < planes; p++) {
                    verticalRow(y, p);
                    if (phases != null) {
                        phases.resample(column, out[p]);
                    }
                    direct(out[p]);
                }
                layout.unpremultiply(out, outWidth);
                sink.accept(y, 0, outWidth, out);
            }
        }

        /** Input row {@code r} into its ring slot, unless it is there already. */
        private void load(int r) {
            int slot = r % slots;
            if (slotRow[slot] == r) {
                return;
            }
            for (int p = 0; p < planes; p++) {
                layout.split(src, r * inWidth + columnFrom, p, ring[slot * planes + p], 0, columns);
            }
            slotRow[slot] = r;
        }

        private float[] row(int r, int p) {
            return ring[(r % slots) * planes + p];
        }

        /** Plane {@code p} of output row {@code y}, vertically: into {@code column}, four taps per pass. */
        private void verticalRow(int y, int p) {
            int first = vertical.first(y);
            int count = vertical.count(y);
            RowKernels.scale(column, tap(first, p), vertical.weight(y, 0), columns);
            int k = 1;
            for (; k + 3 < count; k += 4) {
                RowKernels.add4(column,
                        tap(first + k, p), vertical.weight(y, k),
                        tap(first + k + 1, p), vertical.weight(y, k + 1),
                        tap(first + k + 2, p), vertical.weight(y, k + 2),
                        tap(first + k + 3, p), vertical.weight(y, k + 3), columns);
            }
            for (; k < count; k++) {
                RowKernels.add(column, tap(first + k, p), vertical.weight(y, k), columns);
            }
        }

        /** Plane {@code p} of the input row a vertical tap at {@code index} reads. */
        private float[] tap(int index, int p) {
            return row(vertical.clampIndex(index), p);
        }

        /** The outputs the phases did not cover, one weighted sum each. */
        private void direct(float[] dst) {
            int n = horizontal.outLength();
            int skipFrom = phases == null ? n : phases.from();
            int skipTo = phases == null ? n : phases.to();
            for (int j = 0; j < n; j++) {
                if (j == skipFrom) {
                    j = skipTo - 1;
                    continue;
                }
                int s = horizontal.first(j) - columnFrom;
                float sum = 0f;
                for (int k = 0, c = horizontal.count(j); k < c; k++) {
                    sum = Math.fma(horizontal.weight(j, k), column[s + k], sum);
                }
                dst[j] = sum;
            }
        }
    }

    /**
     * The horizontal taps over their periodic outputs, as {@code period} convolutions of the row split into {@code
     * step} phase arrays: {@code phase[m][q]} is the sample {@code base + q * step + m} of the row.
     */
    private static final class Phases {
        private final int period;
        private final int step;
        private final int from;
        private final int to;
        /** The row index of the first sample the first periodic output reads. */
        private final int base;
        /** Per output phase: its tap count, its weights, and where each tap reads (phase array, offset). */
        private final int[] taps;
        private final float[][] weights;
        private final int[][] source;
        private final int[][] shift;
        /** Outputs per phase: {@code (to - from - phase + period - 1) / period}. */
        private final int[] outputs;
        private final double[][] split;
        private final int splitLength;
        private final float[] result;
        private final int columns;

        Phases(Taps h, int columnFrom, int columns) {
            this.period = h.period();
            this.step = h.step();
            this.from = h.periodicFrom();
            this.to = h.periodicTo();
            this.columns = columns;
            this.base = h.first(from) - columnFrom;
            this.taps = new int[period];
            this.weights = new float[period][];
            this.source = new int[period][];
            this.shift = new int[period][];
            this.outputs = new int[period];
            int maxShift = 0;
            for (int phase = 0; phase < period; phase++) {
                int j = from + phase;
                int count = h.count(j);
                taps[phase] = count;
                weights[phase] = new float[count];
                source[phase] = new int[count];
                shift[phase] = new int[count];
                for (int k = 0; k < count; k++) {
                    int d = h.first(j) - columnFrom - base + k; // >= 0: firsts grow with j
                    weights[phase][k] = h.weight(j, k);
                    source[phase][k] = d % step;
                    shift[phase][k] = d / step;
                    maxShift = Math.max(maxShift, d / step);
                }
                outputs[phase] = (to - j + period - 1) / period;
            }
            this.splitLength = outputs[0] + maxShift + 1;
            this.split = Scratch.doubleRows(Scratch.Slot.PHASES, step, splitLength);
            this.result = new float[outputs[0]];
        }

        int from() {
            return from;
        }

        int to() {
            return to;
        }

        /** Periodic outputs of {@code row} into {@code dst[from..to)}. */
        void resample(float[] row, float[] dst) {
            for (int m = 0; m < step; m++) {
                double[] phase = split[m];
                int last = Math.min(splitLength, Math.ceilDiv(columns - base - m, step));
                for (int q = 0; q < last; q++) {
                    phase[q] = row[base + m + q * step];
                }
            }
            for (int p = 0; p < period; p++) {
                int n = outputs[p];
                int[] src = source[p];
                int[] sh = shift[p];
                RowKernels.scaleDoubles(result, split[src[0]], sh[0], weights[p][0], n);
                for (int k = 1; k < taps[p]; k++) {
                    RowKernels.addDoubles(result, split[src[k]], sh[k], weights[p][k], n);
                }
                float[] acc = result;
                for (int q = 0, j = from + p; q < n; q++, j += period) {
                    dst[j] = acc[q];
                }
            }
        }
    }
}
