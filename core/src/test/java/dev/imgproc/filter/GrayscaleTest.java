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
    })
    void knownColoursGetTheirRec709Luma(String argb, int luma) {
        Image in = TestImages.constant(2, 1, Integer.parseUnsignedInt(argb, 16));

        Image out = new Grayscale().apply(in);

        assertThat(out).hasChannels(Channels.GRAY).isConstant(0xFF000000 | luma * 0x010101, 0);
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
