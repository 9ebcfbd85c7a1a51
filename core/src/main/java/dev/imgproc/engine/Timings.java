package dev.imgproc.engine;

/** Time a job spent in each stage of the engine, in nanoseconds (waiting for memory counts as decode time). */
public record Timings(long decodeNanos, long filterNanos, long encodeNanos) {
    public static final Timings NONE = new Timings(0, 0, 0);

    public long totalNanos() {
        return decodeNanos + filterNanos + encodeNanos;
    }
}
