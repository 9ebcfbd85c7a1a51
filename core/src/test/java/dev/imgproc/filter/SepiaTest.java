package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;

class SepiaTest {

    @Test
    void whiteBecomesCreamAndBlackStaysBlack() {
        // given
        Image in = new Image(2, 1, new int[] {0xFFFFFFFF, 0xFF000000}, Channels.GRAY);

        // when
        Image out = new Sepia(1).apply(in);

        // then R and G sum to over 255 and clamp; B = 0.937 * 255 = 238.9
        assertThat(out).hasChannels(Channels.RGB).hasPixel(0, 0, 0xFFFFFFEF).hasPixel(1, 0, 0xFF000000);
    }

    @Test
    void appliesTheSepiaMatrix() {
        // given R = 10, G = 20, B = 30
        Image in = TestImages.constant(1, 1, 0x800A141E);

        Image out = new Sepia(1).apply(in);

        // R = 3.93 + 15.38 + 5.67 = 24.98, G = 3.49 + 13.72 + 5.04 = 22.25, B = 2.72 + 10.68 + 3.93 = 17.33
        assertThat(out).hasChannels(Channels.RGBA).hasPixel(0, 0, 0x80191611);
    }

    @Test
    void amountBlendsWithTheOriginal() {
        Image white = TestImages.constant(1, 1, 0xFFFFFFFF);

        // B = 255 + 0.5 * (238.9 - 255) = 247
        assertThat(new Sepia(0.5).apply(white)).hasPixel(0, 0, 0xFFFFFFF7);
    }

    @Test
    void amountZeroKeepsThePixels() {
        Image in = TestImages.noise(4, 4, 2, true);

        assertThat(new Sepia(0).apply(in)).hasSamePixelsAs(in);
    }
}
