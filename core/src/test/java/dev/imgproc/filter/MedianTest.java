package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MedianTest {

    @Test
    void removesSaltAndPepperNoise() {
        // given mid-gray with isolated black and white specks, at most two in any 3x3 window
        int[] pixels = new int[40 * 30];
        for (int i = 0; i < pixels.length; i++) {
            int x = i % 40;
            int y = i / 40;
            pixels[i] = (x * 7 + y * 13) % 17 == 0 ? ((x + y) % 2 == 0 ? 0xFF000000 : 0xFFFFFFFF) : 0xFF808080;
        }
        Image in = new Image(40, 30, pixels, Channels.GRAY);

        // when
        Image out = new Median(1).apply(in);

        // then
        assertThat(out).hasChannels(Channels.GRAY).isConstant(0xFF808080, 0);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7})
    void equalsANaiveSortedMedianOnNoise(int radius) {
        Image in = TestImages.noise(37, 23, radius, true);

        Image out = new Median(radius).apply(in);

        assertThat(out).hasChannels(Channels.RGBA).hasSamePixelsAs(naiveMedian(in, radius));
    }

    @Test
    void equalsANaiveMedianOnGrayNoiseWithAWindowLargerThanTheImage() {
        Image in = TestImages.grayNoise(9, 5, 4);

        Image out = new Median(6).apply(in);

        assertThat(out).hasChannels(Channels.GRAY).isGrayInEveryPixel().hasSamePixelsAs(naiveMedian(in, 6));
    }

    @Test
    void imageLargeEnoughToSplitIntoBandsEqualsTheNaiveMedian() {
        Image in = TestImages.noise(300, 260, 99);

        assertThat(new Median(2).apply(in)).hasSamePixelsAs(naiveMedian(in, 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1x1", "1x7", "7x1", "2x2", "3x5", "300x260"})
    void theThreeByThreeWindowEqualsTheNaiveMedianOnEveryShape(String size) {
        String[] sides = size.split("x");
        int width = Integer.parseInt(sides[0]);
        int height = Integer.parseInt(sides[1]);
        Image colour = TestImages.noise(width, height, width * 31L + height, true);
        Image gray = TestImages.grayNoise(width, height, width * 17L + height);

        assertThat(new Median(1).apply(colour)).hasSamePixelsAs(naiveMedian(colour, 1));
        assertThat(new Median(1).apply(gray)).hasChannels(Channels.GRAY).hasSamePixelsAs(naiveMedian(gray, 1));
    }

    @Test
    void keepsAStraightEdge() {
        Image in = TestImages.verticalEdge(12, 9, 6, 0xFF102030, 0xFFE0D0C0);

        assertThat(new Median(2).apply(in)).hasSamePixelsAs(in);
    }

    @Test
    void onePixelImageIsUnchanged() {
        Image in = TestImages.constant(1, 1, 0xFF0A0B0C);

        assertThat(new Median(3).apply(in)).hasSamePixelsAs(in);
    }

    private static Image naiveMedian(Image in, int radius) {
        int side = 2 * radius + 1;
        int[] window = new int[side * side];
        int[] out = new int[in.pixels().length];
        for (int y = 0; y < in.height(); y++) {
            for (int x = 0; x < in.width(); x++) {
                int pixel = 0;
                for (int shift = 0; shift < 32; shift += 8) {
                    int n = 0;
                    for (int dy = -radius; dy <= radius; dy++) {
                        for (int dx = -radius; dx <= radius; dx++) {
                            int px = Math.clamp(x + dx, 0, in.width() - 1);
                            int py = Math.clamp(y + dy, 0, in.height() - 1);
                            int p = in.argb(px, py);
                            window[n++] = (p >>> shift) & 0xFF;
                        }
                    }
                    Arrays.sort(window);
                    pixel |= window[window.length / 2] << shift;
                }
                out[y * in.width() + x] = pixel;
            }
        }
        return in.withPixels(in.width(), in.height(), out);
    }
}
