package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GrayscaleTest {

    @ParameterizedTest(name = "{0} has luma {1}")
    @CsvSource({
        "FFFF0000, 54", // 0.2126 * 255 = 54.2
        "FF00FF00, 182", // 0.7152 * 255 = 182.4
        "FF0000FF, 18", // 0.0722 * 255 = 18.4
        "FFFFFFFF, 255",
        "FF000000, 0",
        "FF6496C8, 143", // 21.26 + 107.28 + 14.44 = 142.98
        "FF000E4C, 16", // 10.0128 + 5.4872 = 15.5 exactly: half rounds up (double weights gave 15)
    })
    void knownColoursGetTheirRec709Luma(String argb, int luma) {
        Image in = TestImages.constant(2, 1, Integer.parseUnsignedInt(argb, 16));

        Image out = new Grayscale().apply(in);

        assertThat(out).hasChannels(Channels.GRAY).isConstant(0xFF000000 | luma * 0x010101, 0);
    }

    @Test
    void everyColourGetsItsExactlyRoundedLuma() {
        int[] pixels = new int[256 * 256];
        for (int r = 0; r < 256; r++) {
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = 0xFF000000 | r << 16 | i;
            }
            Image out = new Grayscale().apply(new Image(256, 256, pixels.clone(), Channels.RGB));

            for (int i = 0; i < pixels.length; i++) {
                int g = i >> 8;
                int b = i & 0xFF;
                int luma = (2126 * r + 7152 * g + 722 * b + 5000) / 10000; // in ten-thousandths, half up, exact
                if (out.pixels()[i] != (0xFF000000 | luma * 0x010101)) {
                    throw new AssertionError(String.format("#%02X%02X%02X: %08X, not luma %d", r, g, b,
                            out.pixels()[i], luma));
                }
            }
        }
    }

    @Test
    void alphaIsKept() {
        Image in = TestImages.constant(1, 1, 0x7FFF0000);

        assertThat(new Grayscale().apply(in)).hasChannels(Channels.GRAY_ALPHA).hasPixel(0, 0, 0x7F363636);
    }

    @Test
    void grayImageIsReturnedAsItIs() {
        Image in = TestImages.gradient(5, 5);

        assertThat(new Grayscale().apply(in)).isSameAs(in);
    }
}
