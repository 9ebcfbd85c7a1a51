package dev.imgproc.engine;

import dev.imgproc.codec.Codecs;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs through three stages, decoding, filters and encoding, all three on one ForkJoinPool sized to the cores:
 * a worker takes a job and carries it from the compressed bytes to the compressed output. Local batches and cluster
 * workers both run their jobs here, so a job gives the same bytes wherever it runs.
 *
 * <p>Why one pool: every stage is CPU work (libjpeg-turbo's calls hold their thread as Java code does), so threads
 * beyond the cores only take turns. Decoding and encoding used to run on virtual threads beside the pool, which put
 * up to twice as many threads as cores on the CPUs, and as many decoded images in memory: measured side by side on
 * 23 4K photos and 2 cores, one pool was as fast (P1, P2, P4 wall time within 2%) with a third less peak memory
 * (P2 390 -> 250 MiB). While fewer jobs than workers are left, the idle workers steal the filters' row bands
 * ({@link dev.imgproc.compute.Parallel}), so the last image of a batch still uses every core.
 *
 * <p>Memory stays flat however many jobs come: {@link #submit} blocks while {@link EngineConfig#maxInFlight()} jobs
 * are in flight, and a job waits before decoding until the bytes its image will need, estimated from the header, fit
 * in {@link EngineConfig#memoryBudget()}.
 *
 * <pre>{@code
 * try (Engine engine = new Engine(Codecs.standard(), EngineConfig.defaults())) {
 *     JobResult result = engine.run(new Job("photo.jpg", bytes, Recipe.of("resize=800")));
 * }
 * }</pre>
 */
public final class Engine implements JobExecutor, AutoCloseable {
    private final Codecs codecs;
    private final EngineConfig config;
    private final ForkJoinPool compute;
    private final Semaphore window;
    private final MemoryBudget memory;
    private final StageCounters counters = new StageCounters();

    public Engine(Codecs codecs, EngineConfig config) {
        this.codecs = codecs;
        this.config = config;
        this.compute = new ForkJoinPool(config.computeThreads(), Engine::computeThread, null, false);
        this.window = new Semaphore(config.maxInFlight());
        this.memory = new MemoryBudget(config.memoryBudget());
    }

    private static ForkJoinWorkerThread computeThread(ForkJoinPool pool) {
        ForkJoinWorkerThread thread = ForkJoinPool.defaultForkJoinWorkerThreadFactory.newThread(pool);
        thread.setName("imgproc-compute-" + thread.getPoolIndex());
        return thread;
    }

    @Override
    public CompletableFuture<JobResult> submit(Job job) throws InterruptedException {
        window.acquire();
        JobRun run = new JobRun(job, codecs, memory, counters);
        return CompletableFuture.supplyAsync(run::all, compute)
                .exceptionally(run::internalFailure)
                .whenComplete((result, error) -> {
                    run.release(result);
                    window.release();
                });
    }

    /** Runs one job and waits for its result. */
    public JobResult run(Job job) throws InterruptedException {
        return submit(job).join();
    }

    public EngineConfig config() {
        return config;
    }

    @Override
    public int capacity() {
        return config.maxInFlight();
    }

    public Codecs codecs() {
        return codecs;
    }

    public EngineStats stats() {
        return counters.snapshot();
    }

    @Override
    public void close() {
        compute.shutdown();
        try {
            compute.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
