package dev.imgproc.cluster.worker;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How a worker runs.
 *
 * @param queues the named queues it serves
 * @param slots jobs it runs at once; it takes a job only when a slot is free
 * @param computeThreads threads for the filters (one per core by default)
 * @param lease how long a job stays a worker's without renewal before others may take it over; renewed every third
 * @param heartbeat how often the worker announces itself; its registry entry expires after three missed beats
 * @param maxAttempts how many times a job may be started (crashes and internal errors) before it is dead-lettered
 * @param drain how long a stopping worker waits for its jobs before handing the rest back
 * @param block how long one read of the queue waits for work
 * @param healthFile touched after each successful heartbeat, for container health checks; null for none
 */
public record WorkerSettings(
        List<String> queues,
        int slots,
        int computeThreads,
        Duration lease,
        Duration heartbeat,
        int maxAttempts,
        Duration drain,
        Duration block,
        Path healthFile) {

    public static final Duration DEFAULT_LEASE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final Duration DEFAULT_DRAIN = Duration.ofSeconds(30);
    public static final Duration DEFAULT_BLOCK = Duration.ofSeconds(2);

    public WorkerSettings {
        queues = List.copyOf(queues);
        if (queues.isEmpty()) {
            throw new IllegalArgumentException("a worker needs at least one queue");
        }
        if (slots < 1 || computeThreads < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("slots, threads and attempts must be positive");
        }
        if (lease.toMillis() < 300) {
            throw new IllegalArgumentException("the lease must be at least 300ms but was " + lease.toMillis() + "ms");
        }
    }

    /** Renewal runs three times per lease, so two renewals in a row can fail (a GC pause, a slow network). */
    public Duration renewEvery() {
        return lease.dividedBy(3);
    }

    /** How often the worker looks for expired leases of others. */
    public Duration reapEvery() {
        return lease.dividedBy(3);
    }

    /** The registry entry lives three heartbeats. */
    public Duration registryTtl() {
        return heartbeat.multipliedBy(3);
    }
}
