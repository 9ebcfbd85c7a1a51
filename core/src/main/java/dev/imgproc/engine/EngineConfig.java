package dev.imgproc.engine;

/**
 * How much of the machine the engine may use.
 *
 * @param computeThreads size of the ForkJoinPool that runs the filters
 * @param maxInFlight jobs admitted at once (read, decoded, filtered or encoding); {@link Engine#submit} blocks
 *     beyond it, which is the back-pressure that keeps memory flat however many jobs are queued
 * @param memoryBudget bytes of pixel memory that jobs in flight may hold together, estimated from each image's
 *     header before it is decoded; a job larger than the whole budget runs alone
 */
public record EngineConfig(int computeThreads, int maxInFlight, long memoryBudget) {

    public EngineConfig {
        if (computeThreads < 1 || maxInFlight < 1 || memoryBudget < 1) {
            throw new IllegalArgumentException("engine limits must be positive: " + computeThreads + " threads, "
                    + maxInFlight + " jobs, " + memoryBudget + " bytes");
        }
    }

    /** One compute thread per core, two jobs more than threads in flight, and half the heap for pixels. */
    public static EngineConfig defaults() {
        return forThreads(Runtime.getRuntime().availableProcessors());
    }

    /**
     * {@code threads} compute threads and {@code threads + 2} jobs in flight: every stage is CPU work, so one job per
     * core plus two being decoded or encoded keep every core busy; more only hold their files in memory longer (long
     * enough for the GC to promote them, which grew the heap of long batches).
     */
    public static EngineConfig forThreads(int threads) {
        return new EngineConfig(threads, threads + 2, Runtime.getRuntime().maxMemory() / 2);
    }

    public EngineConfig withComputeThreads(int threads) {
        return new EngineConfig(threads, maxInFlight, memoryBudget);
    }
}
