package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Color;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RotateTest {

    @Test
    void fourQuarterTurnsAreTheIdentity() {
        Image in = TestImages.noise(7, 4, 2, true);
        Rotate quarter = new Rotate(90, Color.BLACK);

        Image out = quarter.apply(quarter.apply(quarter.apply(quarter.apply(in))));

        assertThat(out).hasChannels(Channels.RGBA).hasSamePixelsAs(in);
    }

    @Test
    void quarterTurnClockwiseMovesTheTopLeftPixelToTheTopRight() {
        Image in = TestImages.numbered(5, 3);

        Image out = new Rotate(90, Color.BLACK).apply(in);

        // the left column, read bottom-up, becomes the top row
        assertThat(out).hasSize(3, 5).hasPixel(2, 0, in.argb(0, 0)).hasPixel(0, 0, in.argb(0, 2))
                .hasPixel(0, 4, in.argb(4, 2));
    }

    @Test
    void negativeAnglesTurnCounterClockwise() {
        Image in = TestImages.noise(6, 3, 8);

        assertThat(new Rotate(-90, Color.BLACK).apply(in)).hasSamePixelsAs(new Rotate(270, Color.BLACK).apply(in));
        assertThat(new Rotate(-180, Color.BLACK).apply(in)).hasSamePixelsAs(new Rotate(180, Color.BLACK).apply(in));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 360, -360})
    void fullTurnsReturnTheImageItself(double angle) {
        Image in = TestImages.noise(6, 3, 8);

        assertThat(new Rotate(angle, Color.BLACK).apply(in)).isSameAs(in);
    }

    @Test
    void thirtyDegreesEnlargesTheCanvasToTheBoundingBoxKeepsTheCentreAndFillsTheCorners() {
        // given
        Image in = TestImages.constant(40, 20, 0xFFC80000);
        Rotate rotate = new Rotate(30, Color.BLACK);

        // when
        Image out = rotate.apply(in);

        // then 40 cos 30 + 20 sin 30 = 44.6 and 40 sin 30 + 20 cos 30 = 37.3, rounded up
        assertThat(out).hasSize(45, 38).hasChannels(Channels.RGB);
        assertThat(rotate.outputSize(in.size())).isEqualTo(new Size(45, 38));
        assertThat(out).hasPixel(22, 19, 0xFFC80000).hasPixel(15, 15, 0xFFC80000).hasPixel(0, 0, 0xFF000000)
                .hasPixel(44, 0, 0xFF000000).hasPixel(0, 37, 0xFF000000).hasPixel(44, 37, 0xFF000000);
    }

    @Test
    void transparentBackgroundGivesAlpha() {
        Image in = TestImages.constant(20, 20, 0xFF808080);

        Image out = new Rotate(45, Color.TRANSPARENT).apply(in);

        assertThat(out).hasChannels(Channels.GRAY_ALPHA).hasPixel(0, 0, 0x00000000).hasPixel(14, 14, 0xFF808080);
        // the antialiased rim fades out in alpha only: its colour stays gray, not darkened towards black
        for (int x = 0; x < out.width(); x++) {
            int p = out.argb(x, out.height() / 2);
            if (Argb.alpha(p) > 0) {
                assertThat(Argb.red(p)).as("x=%d", x).isEqualTo(0x80);
            }
        }
    }

    @Test
    void colouredBackgroundMakesAGrayImageColour() {
        Image in = TestImages.constant(10, 10, 0xFF808080);

        Image out = new Rotate(10, Color.parse("red")).apply(in);

        assertThat(out).hasChannels(Channels.RGB).hasPixel(0, 0, 0xFFFF0000);
    }

    @ParameterizedTest
    @ValueSource(doubles = {30, -20, 135})
    void samplesTheInputAtTheClockwiseTurnedPosition(double angle) {
        // given a horizontal ramp, which bilinear interpolation reproduces exactly, so each output pixel inside
        // the turned image must show the ramp's level at the position it maps back to
        Image in = TestImages.gradient(52, 36);
        Image out = new Rotate(angle, Color.BLACK).apply(in);
        double theta = Math.toRadians(angle);

        for (int y = 0; y < out.height(); y++) {
            for (int x = 0; x < out.width(); x++) {
                // when the output pixel centre is turned back counter-clockwise about the centres
                double dx = x + 0.5 - out.width() / 2.0;
                double dy = y + 0.5 - out.height() / 2.0;
                double sx = dx * Math.cos(theta) + dy * Math.sin(theta) + in.width() / 2.0 - 0.5;
                double sy = -dx * Math.sin(theta) + dy * Math.cos(theta) + in.height() / 2.0 - 0.5;
                if (sx >= 0 && sy >= 0 && sx <= in.width() - 1 && sy <= in.height() - 1) {
                    // then it has the ramp's level there, within the ramp's own rounding
                    int expected = (int) Math.round(255 * sx / (in.width() - 1));
                    assertThat(out).hasPixelCloseTo(x, y, Argb.pack(255, expected, expected, expected), 1);
                }
            }
        }
    }

    @Test
    void onePixelImageTurnsIntoAnAntialiasedPixel() {
        Image in = TestImages.constant(1, 1, 0xFFFFFFFF);

        Image out = new Rotate(45, Color.BLACK).apply(in);

        assertThat(out).hasSize(2, 2);
    }
}
