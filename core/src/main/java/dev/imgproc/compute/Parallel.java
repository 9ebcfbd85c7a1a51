package dev.imgproc.compute;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveAction;

/**
 * Splits per-row work into bands run on the ForkJoinPool the caller is running in: the engine's compute pool when a
 * filter runs inside the pipeline, the common pool otherwise. When many images are in flight the bands mostly run on
 * the thread that forked them; when there are fewer images than cores, idle workers steal bands, so one large image
 * uses every core.
 */
public final class Parallel {
    /** Below this many pixels of work a band is not split further: forking costs more than it saves. */
    private static final long MIN_PIXELS_PER_TASK = 64 * 1024;

    private Parallel() {}

    @FunctionalInterface
    public interface RowBand {
        /** Processes rows {@code [from, to)}. */
        void run(int from, int to);
    }

    /**
     * Runs {@code band} over rows {@code [0, rows)} in parallel bands and returns when all are done.
     *
     * @param pixelsPerRow the work of one row, in pixels, to size the bands
     */
    public static void forRows(int rows, long pixelsPerRow, RowBand band) {
        forRows(rows, pixelsPerRow, 1, band);
    }

    /**
     * As {@link #forRows(int, long, RowBand)}, with bands of at least {@code minRowsPerBand} rows: for work whose
     * bands each repeat a fixed start-up cost, such as the rows a convolution reads above its first.
     */
    public static void forRows(int rows, long pixelsPerRow, int minRowsPerBand, RowBand band) {
        long work = rows * Math.max(1, pixelsPerRow);
        if (work <= MIN_PIXELS_PER_TASK || rows < 2 * Math.max(1, minRowsPerBand)) {
            band.run(0, rows);
            return;
        }
        ForkJoinPool pool = ForkJoinTask.inForkJoinPool() ? ForkJoinTask.getPool() : ForkJoinPool.commonPool();
        int maxTasks = Math.max(1, pool.getParallelism() * 4);
        int minRows = (int) Math.max(minRowsPerBand, MIN_PIXELS_PER_TASK / Math.max(1, pixelsPerRow));
        int rowsPerTask = Math.max(minRows, (rows + maxTasks - 1) / maxTasks);
        Bands task = new Bands(band, 0, rows, rowsPerTask, minRows);
        if (ForkJoinTask.inForkJoinPool()) {
            task.invoke();
        } else {
            pool.invoke(task);
        }
    }

    private static final class Bands extends RecursiveAction {
        private final RowBand band;
        private final int from;
        private final int to;
        private final int rowsPerTask;
        private final int minRows;

        Bands(RowBand band, int from, int to, int rowsPerTask, int minRows) {
            this.band = band;
            this.from = from;
            this.to = to;
            this.rowsPerTask = rowsPerTask;
            this.minRows = minRows;
        }

        @Override
        protected void compute() {
            // halving never leaves a band under minRows
            if (to - from <= rowsPerTask || to - from < 2 * minRows) {
                band.run(from, to);
                return;
            }
            int mid = (from + to) >>> 1;
            invokeAll(new Bands(band, from, mid, rowsPerTask, minRows), new Bands(band, mid, to, rowsPerTask,
                    minRows));
        }
    }
}
