package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Image;

/** Colour assertions with a tolerance per channel, for lossy codecs and colour conversions. */
final class Colours {
    private Colours() {}

    /** Asserts that the pixel at (x, y) is {@code expected} (0xAARRGGBB) within {@code tolerance} per channel. */
    static void assertPixel(Image image, int x, int y, int expected, int tolerance) {
        int actual = image.argb(x, y);
        assertThat(maxDifference(actual, expected))
                .as("pixel (%d,%d) of %s is %s, expected %s within %d", x, y, image, hex(actual), hex(expected),
                        tolerance)
                .isLessThanOrEqualTo(tolerance);
    }

    static int maxDifference(int a, int b) {
        int max = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            max = Math.max(max, Math.abs(((a >>> shift) & 0xFF) - ((b >>> shift) & 0xFF)));
        }
        return max;
    }

    /** Peak signal-to-noise ratio over R, G and B, in dB: above 40 is visually lossless. */
    static double psnr(Image a, Image b) {
        assertThat(b.size()).isEqualTo(a.size());
        double squares = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            for (int shift = 0; shift < 24; shift += 8) {
                int d = ((a.pixels()[i] >> shift) & 0xFF) - ((b.pixels()[i] >> shift) & 0xFF);
                squares += d * d;
            }
        }
        double mse = squares / (3.0 * a.pixels().length);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    static String hex(int argb) {
        return String.format("#%08x", argb);
    }
}
