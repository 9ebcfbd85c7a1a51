package dev.imgproc.engine;

/** A snapshot of what the engine is doing, for progress displays and metrics. */
public record EngineStats(int waiting, int decoding, int filtering, int encoding, long completed, long failed) {
    public int inFlight() {
        return waiting + decoding + filtering + encoding;
    }
}
