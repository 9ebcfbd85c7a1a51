package dev.imgproc.cluster;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with full jitter, for retrying against Redis: errors like NOGROUP fail instantly, and a loop
 * that retries at once spins and floods the logs; jitter keeps many workers from retrying in step.
 */
public final class Backoff {
    private final long minMillis;
    private final long maxMillis;
    private long nextMillis;

    public Backoff(Duration min, Duration max) {
        this.minMillis = Math.max(1, min.toMillis());
        this.maxMillis = Math.max(minMillis, max.toMillis());
        this.nextMillis = minMillis;
    }

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    }

    /** Sleeps a random time up to the current ceiling, then doubles the ceiling. */
    public void pause() throws InterruptedException {
        long ceiling = nextMillis;
        nextMillis = Math.min(maxMillis, nextMillis * 2);
        Thread.sleep(minMillis / 2 + ThreadLocalRandom.current().nextLong(Math.max(1, ceiling - minMillis / 2)));
    }

    public void reset() {
        nextMillis = minMillis;
    }

    /** Whether no pause happened since the last success: a problem is just beginning, so say it (once). */
    public boolean firstFailure() {
        return nextMillis == minMillis;
    }
}
