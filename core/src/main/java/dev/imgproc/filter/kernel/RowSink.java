package dev.imgproc.filter.kernel;

/** Receives the output rows of a separable pass, for the filter to finish and pack. */
@FunctionalInterface
public interface RowSink {
    /**
     * Called once for each run of output pixels {@code x .. x + n - 1} of row {@code y} (a whole row, or one column
     * tile of it), from any thread, with their un-premultiplied, unrounded values: one array per {@link PlaneLayout}
     * plane, each holding the run's {@code n} values from index 0. The sink may change them; the arrays are reused
     * after it returns.
     */
    void accept(int y, int x, int n, float[][] planes);
}
