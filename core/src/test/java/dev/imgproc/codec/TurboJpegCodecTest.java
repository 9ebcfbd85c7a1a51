package dev.imgproc.codec;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The libjpeg-turbo codec against the ImageIO one it stands in front of: the same pixels, the files it must leave to
 * ImageIO, its reasons for damaged files on its own, and what it writes. Skipped where the library is not installed.
 */
class TurboJpegCodecTest {
    private final TurboJpegCodec turbo = CodecLineUps.turbo();
    private final Codecs imageIo = CodecLineUps.imageIo();
    private final Codecs turboFirst = CodecLineUps.turboThenImageIo();

    /** Both are libjpeg with the accurate IDCT and smooth upsampling: the pixels agree (to the bit, here). */
    @ParameterizedTest
    @ValueSource(strings = {"baseline.jpg", "progressive.jpg", "gray.jpg", "adobe-rgb.jpg", "orient-5.jpg",
        "orient-6.jpg"})
    void decodesFixturesAsImageIoDoes(String fixture) throws Exception {
        byte[] jpeg = Fixtures.bytes(fixture);

        Image expected = imageIo.decode(jpeg, DecodeOptions.DEFAULT).image();
        Image actual = CodecLineUps.turboOnly().decode(jpeg, DecodeOptions.DEFAULT).image();

        assertThat(actual).hasChannels(expected.channels()).isCloseTo(expected, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"dune.jpg", "storm.jpg", "ladybird-exif-rotated.jpg", "yellow-flower.jpg"})
    void decodesPhotosAsImageIoDoes(String sample) throws Exception {
        byte[] jpeg = CodecLineUps.sample(sample);

        Image expected = imageIo.decode(jpeg, DecodeOptions.DEFAULT).image();
        Image actual = CodecLineUps.turboOnly().decode(jpeg, DecodeOptions.DEFAULT).image();

        assertThat(actual).hasChannels(Channels.RGB).isCloseTo(expected, 3);
    }

    @Test
    void colourPixelsAreOpaqueArgb() throws Exception {
        Image image = turbo.read(Fixtures.bytes("baseline.jpg"), ImageFormat.JPEG);

        assertThat(image).hasChannels(Channels.RGB).hasPixelCloseTo(8, 6, 0xFFFF0000, 8);
        assertThat(Arrays.stream(image.pixels()).allMatch(p -> p >>> 24 == 0xFF)).isTrue();
    }

    @Test
    void grayIsOneChannelRepeated() throws Exception {
        Image image = turbo.read(Fixtures.bytes("gray.jpg"), ImageFormat.JPEG);

        assertThat(image).hasChannels(Channels.GRAY).hasPixelCloseTo(4, 12, 0xFF404040, 2);
        assertThat(Arrays.stream(image.pixels()).allMatch(p -> (p & 0xFF) * 0x010101 == (p & 0xFFFFFF))).isTrue();
    }

    /** CMYK needs ImageIO's ICC and Adobe handling: declined, so that Codecs hands the file on. */
    @Test
    void cmykAndYcckAreDeclinedAndStillComeOutRight() throws Exception {
        byte[] cmyk = CmykJpegs.filled(16, 16, 0, 255, 255, 0);

        for (byte[] jpeg : List.of(cmyk, Fixtures.bytes("ycck.jpg"), Fixtures.bytes("cmyk-icc.jpg"))) {
            assertThatThrownBy(() -> turbo.readSize(jpeg, ImageFormat.JPEG))
                    .isInstanceOf(UnsupportedVariantException.class)
                    .hasMessageContaining("CMYK");
        }
        assertThat(turboFirst.decode(cmyk, DecodeOptions.DEFAULT).image()).hasPixelCloseTo(8, 8, 0xFFFF0000, 10);
        assertThat(turboFirst.decode(Fixtures.bytes("cmyk-icc.jpg"), DecodeOptions.DEFAULT).image())
                .isCloseTo(imageIo.decode(Fixtures.bytes("cmyk-icc.jpg"), DecodeOptions.DEFAULT).image(), 0);
    }

    @Test
    void headerSizeIsImageIosWithoutDecoding() throws Exception {
        byte[] jpeg = CodecLineUps.sample("storm.jpg");

        assertThat(turbo.readSize(jpeg, ImageFormat.JPEG)).isEqualTo(new Size(1280, 853));
    }

    @ParameterizedTest
    @CsvSource({"1, 1280x853", "2, 640x427", "4, 320x214", "8, 160x107"})
    void shrinksOnLoadByPowersOfTwoRoundingUp(int shrink, String size) throws Exception {
        Image image = turbo.read(CodecLineUps.sample("storm.jpg"), ImageFormat.JPEG, shrink);

        assertThat(image.size()).hasToString(size);
        assertThat(turbo.shrinkFactors(ImageFormat.JPEG)).containsExactly(1, 2, 4, 8);
    }

    @Test
    void refusesAShrinkItCannotDo() {
        assertThatThrownBy(() -> turbo.read(Fixtures.bytes("baseline.jpg"), ImageFormat.JPEG, 3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** A handle per call: decodes on many threads at once give what one thread gets. */
    @Test
    void decodesOnManyThreadsAtOnce() throws Exception {
        byte[] jpeg = CodecLineUps.sample("dune.jpg");
        Image expected = turbo.read(jpeg, ImageFormat.JPEG);
        List<Future<Image>> results = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 32; i++) {
                int shrink = 1 << (i % 4);
                results.add(threads.submit(() -> shrink == 1 ? turbo.read(jpeg, ImageFormat.JPEG)
                        : turbo.read(Fixtures.bytes("truncated.jpg"), ImageFormat.JPEG, shrink)));
            }
            for (int i = 0; i < results.size(); i++) {
                if (i % 4 == 0) {
                    assertThat(results.get(i).get()).hasSamePixelsAs(expected);
                } else {
                    Future<Image> failed = results.get(i);
                    assertThatThrownBy(failed::get).hasRootCauseMessage("truncated JPEG data");
                }
            }
        }
    }

    /** The reasons the ImageIO path gives, from libjpeg-turbo's own messages, with nothing to fall back to. */
    @Test
    void damagedFilesFailWithTheReasonsImageIoGives() {
        Codecs alone = CodecLineUps.turboOnly();
        byte[] progressive = Fixtures.bytes("progressive.jpg");

        assertThatThrownBy(() -> alone.decode(Fixtures.bytes("truncated.jpg"), DecodeOptions.DEFAULT))
                .isExactlyInstanceOf(CodecException.class)
                .hasMessage("truncated JPEG data");
        assertThatThrownBy(() -> alone.decode(Arrays.copyOf(progressive, progressive.length * 3 / 4),
                DecodeOptions.DEFAULT))
                .hasMessage("truncated JPEG data");
        assertThatThrownBy(() -> alone.decode(Arrays.copyOf(progressive, 200), DecodeOptions.DEFAULT))
                .hasMessage("truncated JPEG data");
    }

    /**
     * The native codec on its own, with nothing to decline to: every damaged JPEG ends in a reason (or a decline, a
     * reason too), never in a crash of the JVM. Shrinking on load as well, which takes other paths in the library.
     */
    @ParameterizedTest
    @ValueSource(strings = {"baseline.jpg", "progressive.jpg", "gray.jpg", "adobe-rgb.jpg", "orient-6.jpg"})
    void damageNeverEscapesAsAnythingButAReason(String fixture) {
        Codecs alone = CodecLineUps.turboOnly();
        byte[] original = Fixtures.bytes(fixture);
        DecodeOptions full = new DecodeOptions(true, 1 << 20);
        DecodeOptions shrinking = full.withMinimumSize(new Size(2, 2));
        List<String> escapes = new ArrayList<>();
        Random random = new Random(fixture.hashCode());
        for (int round = 0; round < 200; round++) {
            byte[] damaged = original.clone();
            if (round % 3 == 0) {
                damaged = Arrays.copyOf(original, 1 + random.nextInt(original.length));
            } else {
                for (int flips = 0; flips < 1 + round % 5; flips++) {
                    damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            HostileInputTest.tryDecode(alone, damaged, full, "round " + round, escapes);
            HostileInputTest.tryDecode(alone, damaged, shrinking, "round " + round + " shrinking", escapes);
        }
        assertThat(escapes).as("exceptions other than CodecException").isEmpty();
    }

    /**
     * Optimised Huffman tables and the accurate DCT, as the ImageIO encoder writes: the same size (to the byte with
     * libjpeg-turbo 2.1). With the library's default tables storm.jpg comes out 13% larger.
     */
    @Test
    void writesFilesAsSmallAsImageIosAtTheSameQuality() throws Exception {
        Image photo = imageIo.decode(CodecLineUps.sample("storm.jpg"), DecodeOptions.DEFAULT).image();

        byte[] nativeJpeg = turbo.write(photo, ImageFormat.JPEG, EncodeOptions.DEFAULT, null);
        byte[] imageIoJpeg = imageIo.encode(photo, ImageFormat.JPEG, EncodeOptions.DEFAULT, null);

        assertThat((double) nativeJpeg.length / imageIoJpeg.length).isBetween(0.98, 1.02);
        double nativePsnr = Colours.psnr(photo, imageIo.decode(nativeJpeg, DecodeOptions.DEFAULT).image());
        double imageIoPsnr = Colours.psnr(photo, imageIo.decode(imageIoJpeg, DecodeOptions.DEFAULT).image());
        assertThat(nativePsnr).isGreaterThan(imageIoPsnr - 0.1);
    }

    @Test
    void namesItselfForTheVersionLine() {
        assertThat(turbo.name(ImageFormat.JPEG)).matches("libjpeg-turbo \\(native, TurboJPEG [23] API\\)");
        assertThat(turboFirst.describe().getFirst()).startsWith("jpeg: libjpeg-turbo").contains(", then ImageIO");
    }
}
