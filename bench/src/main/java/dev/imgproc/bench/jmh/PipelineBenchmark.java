package dev.imgproc.bench.jmh;

import dev.imgproc.bench.Pipeline;
import dev.imgproc.codec.Codecs;
import dev.imgproc.engine.Engine;
import dev.imgproc.engine.EngineConfig;
import dev.imgproc.engine.Job;
import dev.imgproc.engine.JobResult;
import dev.imgproc.engine.Recipe;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Image;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The reference pipelines P1-P4 on one image: {@link #filters()} is the filter chain alone on a decoded image (what
 * a filter optimisation changes), {@link #job()} one whole job through the engine (decode, filters, encode at
 * quality 85; what one image costs end to end, without file I/O or JVM start-up).
 *
 * <pre>
 * HOW TO RUN:
 *   java -jar bench/target/benchmarks.jar PipelineBenchmark
 *   java -jar bench/target/benchmarks.jar PipelineBenchmark.filters -p pipeline=P3 -p threads=1,2 -prof gc
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx4g"})
@State(Scope.Benchmark)
public class PipelineBenchmark {
    @Param({"P1", "P2", "P3", "P4"})
    public String pipeline;

    @Param({"3840x2160"})
    public String size;

    /** Compute threads: the filters' ForkJoinPool, and the engine's. */
    @Param({"1"})
    public int threads;

    /** A photo file; empty for the bundled sample. */
    @Param({""})
    public String photo;

    private Image image;
    private FilterChain chain;
    private ForkJoinPool pool;
    private byte[] jpeg;
    private Recipe recipe;
    private Engine engine;

    @Setup(Level.Trial)
    public void setUp() {
        Pipeline reference = Pipeline.parse(pipeline);
        image = BenchImages.photo(photo, size);
        chain = reference.filters();
        pool = new ForkJoinPool(threads);
        jpeg = BenchImages.jpeg(photo, size);
        recipe = reference.recipe();
        engine = new Engine(Codecs.standard(), EngineConfig.forThreads(threads));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
        engine.close();
    }

    @Benchmark
    public Image filters() {
        return pool.submit(() -> chain.apply(image)).join();
    }

    @Benchmark
    public JobResult job() throws InterruptedException {
        JobResult result = engine.run(new Job("bench", jpeg, recipe));
        if (result instanceof JobResult.Failed failed) {
            throw new IllegalStateException(failed.reason());
        }
        return result;
    }
}
