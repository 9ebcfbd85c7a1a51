package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Argb;
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

    @Test
    void fullSepiaIsTheMatrixRoundedHalfUpForEveryValueAndSum() {
        for (int v = 0; v < 256; v++) {
            for (int thousandths = 0; thousandths <= 255_000; thousandths++) {
                int exact = (thousandths + 500) / 1000;
                if (Sepia.tone(v, thousandths, 1f) != exact) {
                    throw new AssertionError("v " + v + ", sepia " + thousandths + "/1000: expected " + exact
                            + " but got " + Sepia.tone(v, thousandths, 1f));
                }
            }
        }
    }

    @Test
    void everyColourOnAGridGetsTheExactMatrix() {
        int[] pixels = new int[52 * 52 * 52];
        int i = 0;
        for (int r = 0; r < 256; r += 5) {
            for (int g = 0; g < 256; g += 5) {
                for (int b = 0; b < 256; b += 5) {
                    pixels[i++] = 0xFF000000 | r << 16 | g << 8 | b;
                }
            }
        }
        Image out = new Sepia(1).apply(new Image(52 * 52, 52, pixels.clone(), Channels.RGB));

        for (int k = 0; k < pixels.length; k++) {
            int r = Argb.red(pixels[k]);
            int g = Argb.green(pixels[k]);
            int b = Argb.blue(pixels[k]);
            int expected = 0xFF000000 | level(393 * r + 769 * g + 189 * b) << 16
                    | level(349 * r + 686 * g + 168 * b) << 8 | level(272 * r + 534 * g + 131 * b);
            assertThat(out.pixels()[k]).as("sepia of %06X", pixels[k] & 0xFFFFFF).isEqualTo(expected);
        }
    }

    @Test
    void aPartialAmountIsTheBlendRoundedHalfUpUnlessWithinFloatPrecisionOfAHalf() {
        Image in = TestImages.noise(64, 64, 7, false);
        for (double amount : new double[] {0.123, 0.5, 0.8}) {
            Image out = new Sepia(amount).apply(in);
            for (int k = 0; k < in.pixels().length; k++) {
                int p = in.pixels()[k];
                int r = Argb.red(p);
                int g = Argb.green(p);
                int b = Argb.blue(p);
                int[] sepia = {393 * r + 769 * g + 189 * b, 349 * r + 686 * g + 168 * b, 272 * r + 534 * g + 131 * b};
                int[] original = {r, g, b};
                for (int c = 0; c < 3; c++) {
                    double exact = original[c] + amount * (Math.min(255_000, sepia[c]) / 1000.0 - original[c]);
                    int got = (out.pixels()[k] >> (16 - 8 * c)) & 0xFF;
                    double fraction = exact - Math.floor(exact);
                    if (Math.abs(fraction - 0.5) > 1e-4) {
                        assertThat(got).as("amount %s, colour %06X, channel %d", amount, p & 0xFFFFFF, c)
                                .isEqualTo((int) Math.floor(exact + 0.5));
                    } else {
                        assertThat(got).isBetween((int) Math.floor(exact), (int) Math.floor(exact) + 1);
                    }
                }
            }
        }
    }

    /** The exact matrix value in thousandths, clamped to 255 and rounded half up. */
    private static int level(int thousandths) {
        return Math.min(255, (thousandths + 500) / 1000);
    }
}
