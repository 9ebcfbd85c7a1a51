package dev.imgproc.cluster.client;

import java.time.Duration;

/**
 * How the submitting side runs.
 *
 * @param queue the named queue jobs go to
 * @param window jobs in Redis at once, waiting, running or finished but not collected; submitting blocks beyond it,
 *     so a batch of any size holds no more than this many images in Redis memory
 * @param checkEvery how often the client checks that Redis still holds its run (and refreshes its keys' TTLs)
 * @param runTtl how long the run's keys outlive the client if it dies without cleaning up
 * @param inputTtl how long an input may wait in Redis for a worker
 */
public record ClientSettings(String queue, int window, Duration checkEvery, Duration runTtl, Duration inputTtl) {
    public static final int DEFAULT_WINDOW = 32;

    public ClientSettings {
        if (window < 1) {
            throw new IllegalArgumentException("the window must be at least 1 but was " + window);
        }
    }

    public static ClientSettings of(String queue, int window) {
        return new ClientSettings(queue, window, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofHours(24));
    }
}
