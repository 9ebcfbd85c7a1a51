package dev.imgproc.bench.jmh;

import dev.imgproc.filter.Filter;
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
 * Every filter on one image, as the engine runs it: inside a ForkJoinPool of {@code threads} workers, so that the
 * filter's row bands ({@code Parallel.forRows}) spread over that many threads. {@code threads=1} measures the code;
 * more measures how it scales.
 *
 * <p>The image is made once per trial and never changed (filters return new images), so every invocation does the
 * same work; the result is returned, so the JIT cannot drop the work.
 *
 * <pre>
 * HOW TO RUN:
 *   ./build &amp;&amp; java -jar bench/target/benchmarks.jar FilterBenchmark
 *   java -jar bench/target/benchmarks.jar FilterBenchmark -p filter=blur=8 -p size=3840x2160 -p threads=1,2 -prof gc
 *   java -jar bench/target/benchmarks.jar FilterBenchmark -p photo=/tmp/imgproc-corpus/4k/goldfish.jpg -rf json
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx4g"})
@State(Scope.Benchmark)
public class FilterBenchmark {
    /** One spec per filter imgproc has, and the two sizes of blur the reference pipelines use. */
    @Param({"resize=800x800", "resize=1920", "crop=1920x1080", "rotate=90", "rotate=10", "flip", "blur=2", "blur=8",
        "sharpen", "brightness=1.2", "contrast=1.3", "grayscale", "invert", "sepia", "edges", "median=2"})
    public String filter;

    @Param({"640x480", "3840x2160"})
    public String size;

    @Param({"1"})
    public int threads;

    /** A photo file; empty for the bundled sample. */
    @Param({""})
    public String photo;

    // Not final, set in setup: constants could be folded into the benchmark (JMH sample 10).
    private Image image;
    private Filter op;
    private ForkJoinPool pool;

    @Setup(Level.Trial)
    public void setUp() {
        image = BenchImages.photo(photo, size);
        op = FilterChain.parse(filter).filters().getFirst();
        pool = new ForkJoinPool(threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        pool.shutdown();
    }

    @Benchmark
    public Image apply() {
        return pool.submit(() -> op.apply(image)).join();
    }
}
