package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BlurTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.1, 1, 2.5, 40})
    void constantImageStaysTheSameConstantUpToTheBorders(double sigma) {
        // given
        Image in = TestImages.constant(13, 7, 0xFF3C82C8);

        // when
        Image out = new Blur(sigma).apply(in);

        // then
        assertThat(out).hasSize(13, 7).hasChannels(Channels.RGB).isConstant(0xFF3C82C8, 0);
    }

    @Test
    void constantTranslucentImageKeepsItsColourAndAlpha() {
        Image in = TestImages.constant(9, 9, 0x80C86432);

        Image out = new Blur(3).apply(in);

        assertThat(out).hasChannels(Channels.RGBA).isConstant(0x80C86432, 0);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 1.7, 4})
    void opaqueNoiseMatchesADirect2DGaussianWithinOneLevel(double sigma) {
        Image in = TestImages.noise(31, 19, 42);

        Image out = new Blur(sigma).apply(in);

        assertThat(out).isCloseTo(NaiveGaussian.blur(in, sigma), 1);
    }

    /**
     * The sigmas users use, up to the large ones: the filter is a true Gaussian (no box or recursive approximation),
     * so it stays within one level of the direct 2-D sum however wide the kernel is. sigma 20 reaches 60 pixels,
     * past every edge of the image.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 1, 2, 8, 20})
    void largeAndSmallSigmasMatchADirect2DGaussianWithinOneLevel(double sigma) {
        Image in = TestImages.noise(sigma > 10 ? 70 : 90, sigma > 10 ? 50 : 64, 17);

        Image out = new Blur(sigma).apply(in);

        assertThat(out).isCloseTo(NaiveGaussian.blur(in, sigma), 1);
    }

    @Test
    void translucentNoiseMatchesADirect2DGaussianOnPremultipliedColourWithinOneLevel() {
        Image in = TestImages.noise(23, 17, 7, true);

        Image out = new Blur(1.5).apply(in);

        assertThat(out).hasChannels(Channels.RGBA).isCloseTo(NaiveGaussian.blur(in, 1.5), 1);
    }

    @Test
    void imageLargeEnoughToSplitIntoBandsMatchesTheDirectGaussian() {
        Image in = TestImages.noise(300, 260, 5, true);

        assertThat(new Blur(1).apply(in)).isCloseTo(NaiveGaussian.blur(in, 1), 1);
    }

    @Test
    void kernelWiderThanTheImageStillExtendsTheEdges() {
        Image in = TestImages.noise(5, 3, 3);

        Image out = new Blur(6).apply(in);

        assertThat(out).isCloseTo(NaiveGaussian.blur(in, 6), 1);
    }

    @Test
    void transparentPixelsDoNotDarkenTheirNeighbours() {
        // given white on the left, fully transparent black on the right
        Image in = TestImages.verticalEdge(10, 3, 5, 0xFFFFFFFF, 0x00000000);

        // when
        Image out = new Blur(2).apply(in);

        // then the colour stays white wherever anything is visible; only alpha fades
        for (int x = 0; x < 10; x++) {
            assertThat(out.argb(x, 1) & 0xFFFFFF).as("colour at x=%d", x).isEqualTo(0xFFFFFF);
        }
        assertThat(out.argb(6, 1) >>> 24).isBetween(1, 254);
    }

    @Test
    void grayStaysGray() {
        Image in = TestImages.grayNoise(16, 12, 1);

        Image out = new Blur(2).apply(in);

        assertThat(out).hasChannels(Channels.GRAY).isGrayInEveryPixel().isCloseTo(NaiveGaussian.blur(in, 2), 1);
    }

    @Test
    void onePixelImageIsUnchanged() {
        Image in = TestImages.constant(1, 1, 0xFF102030);

        assertThat(new Blur(3).apply(in)).hasSize(1, 1).hasPixel(0, 0, 0xFF102030);
    }

    @Test
    void rejectsNonPositiveSigma() {
        assertThatThrownBy(() -> new Blur(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
