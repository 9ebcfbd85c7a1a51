package dev.imgproc.bench.compare;

/**
 * One run of one scenario: the whole command's wall time (start-up included) and peak resident memory.
 *
 * @param round which round of the alternation it ran in, from 1
 * @param peakRssKb -1 when unknown
 * @param error why the run failed, or null when every image was written
 */
public record RunSample(int round, double wallSeconds, long peakRssKb, String error) {
    public boolean ok() {
        return error == null;
    }
}
