package dev.imgproc.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import dev.imgproc.testing.Pixels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jobs whose filters start with a downscale decode JPEGs at a reduced scale: the output must have the size a full
 * decode gives, and nearly its pixels. Compared through PNG output, so that no encoder blurs the difference. Runs
 * where libjpeg-turbo is installed; elsewhere JPEGs are decoded whole and there is nothing to compare.
 */
class ShrinkOnLoadTest {
    private final Codecs codecs = Codecs.standard();
    private final Engine engine = new Engine(codecs, new EngineConfig(2, 2, 256L << 20));

    @AfterEach
    void close() {
        engine.close();
    }

    /** storm.jpg is 1280x853, whose height is no multiple of 8; ladybird is stored 800x1280 and turned by EXIF. */
    @ParameterizedTest
    @CsvSource({
        "storm.jpg, resize=300, 640x427, 300x200",
        "storm.jpg, resize=200x200:fit=cover, 640x427, 200x200",
        "storm.jpg, resize=100x100:fit=fill, 320x214, 100x100",
        "storm.jpg, resize=150x150:fit=contain, 320x214, 150x150",
        "dune.jpg, resize=150, 320x200, 150x94",
        "ladybird-exif-rotated.jpg, resize=300, 640x400, 300x188",
        "ladybird-exif-rotated.jpg, resize=x100, 320x200, 160x100",
    })
    void givesTheSizeAndNearlyThePixelsOfAFullDecode(String sample, String spec, String decodedAt, String output)
            throws Exception {
        assumeTrue(codecs.describe().getFirst().startsWith("jpeg: libjpeg-turbo"), "libjpeg-turbo is not in use");
        byte[] jpeg = sample(sample);
        FilterChain filters = FilterChain.parse(spec);
        Size displayed = codecs.probe(jpeg).displayed();

        JobResult.Done done = (JobResult.Done) engine.run(new Job(sample, jpeg,
                new Recipe(DecodeOptions.DEFAULT, filters, ImageFormat.PNG, EncodeOptions.DEFAULT)));
        Image shrunk = codecs.decode(done.output(), DecodeOptions.DEFAULT).image();
        Image full = filters.apply(codecs.decode(jpeg, DecodeOptions.DEFAULT).image());

        assertThat(codecs.decodedSize(jpeg, DecodeOptions.DEFAULT.withMinimumSize(filters.minimumInput(displayed))))
                .hasToString(decodedAt);
        assertThat(done.inputSize()).isEqualTo(displayed);
        assertThat(done.outputSize()).hasToString(output);
        assertThat(shrunk.size()).isEqualTo(full.size());
        assertThat(Pixels.psnr(full, shrunk)).isGreaterThan(35);
    }

    private static byte[] sample(String name) throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("imgproc.samples", "../samples"), name));
    }
}
