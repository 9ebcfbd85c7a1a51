package dev.imgproc.engine;

import dev.imgproc.codec.Codecs;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Runs jobs through three stages: decoding on virtual threads, filters on a ForkJoinPool sized to the cores, encoding
 * on virtual threads. Local batches and cluster workers both run their jobs here, so a job gives the same bytes
 * wherever it runs. While fewer jobs than compute threads are filtering, the idle threads steal the filters' row
 * bands ({@link dev.imgproc.compute.Parallel}), so the last image of a batch still uses every core.
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
    private final ExecutorService io;
    private final Semaphore window;
    private final MemoryBudget memory;
    private final StageCounters counters = new StageCounters();

    public Engine(Codecs codecs, EngineConfig config) {
        this.codecs = codecs;
        this.config = config;
        this.compute = new ForkJoinPool(config.computeThreads(), Engine::computeThread, null, false);
        // one name for all: a numbered name's counter is a VarHandle, whose first use costs 5 ms at start-up
        this.io = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("imgproc-io").factory());
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
        return CompletableFuture.runAsync(run::decode, io)
                .thenRunAsync(run::filter, compute)
                .thenApplyAsync(ignored -> run.encode(), io)
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
        io.shutdown();
        compute.shutdown();
        try {
            io.awaitTermination(1, TimeUnit.MINUTES);
            compute.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
