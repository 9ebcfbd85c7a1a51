package dev.imgproc.cluster.status;

import java.util.List;

/** A snapshot of a cluster, as {@code imgproc cluster status} shows it. */
public record ClusterStatus(String redis, String redisVersion, String maxmemoryPolicy, long usedMemory,
        List<QueueStatus> queues, List<WorkerStatus> workers) {

    /**
     * @param waiting entries no worker has taken yet
     * @param inFlight entries taken and not finished (the group's pending list)
     * @param deadLetters entries in the dead-letter stream
     * @param donePerMinute jobs finished over the last minute
     * @param failedPerMinute jobs dead-lettered over the last minute
     */
    public record QueueStatus(String name, long waiting, long inFlight, long deadLetters, long donePerMinute,
            long failedPerMinute) {}

    /**
     * @param lastBeatMillis how long ago its last heartbeat reached Redis, by the Redis clock
     * @param cpu the worker process's share of its machine's CPU, 0 to 1
     */
    public record WorkerStatus(String id, String host, long pid, List<String> queues, int slots, int busy, long done,
            long failed, long reclaimed, long leasesLost, String version, long startedMillis, long lastBeatMillis,
            double cpu, long heapUsed, long heapMax) {}

    public int totalSlots() {
        return workers.stream().mapToInt(WorkerStatus::slots).sum();
    }
}
