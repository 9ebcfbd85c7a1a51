package dev.imgproc.cluster.worker;

import java.util.concurrent.atomic.AtomicLong;

/** What a worker has done since it started, for its registry entry. */
final class WorkerCounters {
    final AtomicLong done = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final AtomicLong reclaimed = new AtomicLong();
    final AtomicLong leasesLost = new AtomicLong();
}
