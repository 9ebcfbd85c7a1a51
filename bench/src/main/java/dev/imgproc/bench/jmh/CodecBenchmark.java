package dev.imgproc.bench.jmh;

import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.Decoded;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.codec.ImageHeader;
import dev.imgproc.image.Image;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * JPEG through imgproc's {@link Codecs}, single-threaded: decoding (sniff, header, pixels to sRGB, orientation),
 * encoding at quality 85 as the reference pipelines write, and the header probe the engine does before each decode.
 * With {@code -p photo=FILE} of the benchmark's size the file's own bytes are decoded; otherwise the photo is
 * resized and encoded at quality 90 once, in setup.
 *
 * <pre>
 * HOW TO RUN:
 *   java -jar bench/target/benchmarks.jar CodecBenchmark -prof gc
 *   java -jar bench/target/benchmarks.jar CodecBenchmark -p size=3840x2160 -p photo=/tmp/imgproc-corpus/4k/goldfish.jpg
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Djava.awt.headless=true", "-Xmx4g"})
@State(Scope.Benchmark)
public class CodecBenchmark {
    @Param({"640x480", "3840x2160"})
    public String size;

    /** A photo file; empty for the bundled sample. */
    @Param({""})
    public String photo;

    private Codecs codecs;
    private byte[] jpeg;
    private Image image;
    private EncodeOptions quality85;
    private DecodeOptions decodeOptions;

    @Setup(Level.Trial)
    public void setUp() {
        codecs = Codecs.standard();
        jpeg = BenchImages.jpeg(photo, size);
        image = BenchImages.decode(jpeg);
        quality85 = EncodeOptions.DEFAULT.withQuality(85);
        decodeOptions = DecodeOptions.DEFAULT;
    }

    @Benchmark
    public Decoded decodeJpeg() throws CodecException {
        return codecs.decode(jpeg, decodeOptions);
    }

    @Benchmark
    public byte[] encodeJpeg() throws CodecException {
        return codecs.encode(image, ImageFormat.JPEG, quality85, null);
    }

    @Benchmark
    public ImageHeader probe() throws CodecException {
        return codecs.probe(jpeg);
    }
}
