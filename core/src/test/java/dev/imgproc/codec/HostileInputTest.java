package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.testing.PngBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files must fail with a {@link CodecException} and a reason, never with whatever a reader happened to
 * throw: a batch of thousands of photos reports a bad one and goes on. Collects every escape before asserting, so one
 * run shows them all. Runs with and without the native JPEG codec in front.
 */
@ParameterizedClass
@MethodSource("dev.imgproc.codec.CodecLineUps#lineUps")
class HostileInputTest {
    private static final DecodeOptions SMALL = new DecodeOptions(true, 1 << 20);

    @Parameter
    Codecs codecs;

    @ParameterizedTest
    @ValueSource(strings = {
        "baseline.jpg", "progressive.jpg", "gray.jpg", "ycck.jpg", "adobe-rgb.jpg", "orient-6.jpg",
        "rgb.png", "rgb16.png", "palette-trns.png", "adobe-rgb.png", "orient-6.png",
        "two-frames.gif", "rgb.bmp", "rgb.tif", "cmyk.tif", "lossy.webp", "lossless-alpha.webp", "orient-6.webp",
    })
    void truncatedAndBitFlippedFilesFailOnlyWithReasons(String fixture) {
        byte[] original = Fixtures.bytes(fixture);
        List<String> escapes = new ArrayList<>();
        for (int cut = 1; cut < original.length; cut += Math.max(1, original.length / 40)) {
            tryDecode(Arrays.copyOf(original, cut), "cut at " + cut, escapes);
        }
        Random random = new Random(fixture.hashCode());
        for (int round = 0; round < 60; round++) {
            byte[] damaged = original.clone();
            for (int flips = 0; flips < 1 + round % 4; flips++) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            }
            tryDecode(damaged, "flip round " + round, escapes);
        }
        assertThat(escapes).as("exceptions other than CodecException").isEmpty();
    }

    private void tryDecode(byte[] data, String what, List<String> escapes) {
        tryDecode(codecs, data, SMALL, what, escapes);
    }

    static void tryDecode(Codecs codecs, byte[] data, DecodeOptions options, String what, List<String> escapes) {
        try {
            codecs.decode(data, options);
        } catch (CodecException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                escapes.add(what + ": CodecException without a reason");
            }
        } catch (RuntimeException | Error e) {
            escapes.add(what + ": " + e);
        }
    }

    @Test
    void zeroBytes() {
        assertThatThrownBy(() -> codecs.decode(Fixtures.bytes("empty.jpg"), DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessage("empty file");
    }

    @Test
    void textNamedJpg() {
        assertThatThrownBy(() -> codecs.decode(Fixtures.bytes("text.jpg"), DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessage("not an image (unrecognised format)");
    }

    @Test
    void zeroSizedPngHeader() {
        byte[] png = PngBuilder.header(0, 10, 2).idat(new byte[1]).end();

        assertThatThrownBy(() -> codecs.decode(png, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("corrupt PNG data");
    }
}
