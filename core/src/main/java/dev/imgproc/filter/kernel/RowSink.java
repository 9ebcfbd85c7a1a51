package dev.imgproc.filter.kernel;

/** Receives the output rows of a separable pass, for the filter to finish and pack. */
@FunctionalInterface
public interface RowSink {
    /**
     * Called once per output row {@code y}, from any thread, with the row's un-premultiplied, unrounded values: one
     * array per {@link PlaneLayout} plane, each holding at least the row's width of values from index 0. The sink
     * may change them; the arrays are reused after it returns.
     */
    void accept(int y, float[][] planes);
}
