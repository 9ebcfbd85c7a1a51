package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FlipTest {

    @ParameterizedTest
    @EnumSource(FlipDirection.class)
    void flippingTwiceIsTheIdentity(FlipDirection direction) {
        Image in = TestImages.noise(7, 5, 3, true);
        Flip flip = new Flip(direction);

        assertThat(flip.apply(flip.apply(in))).hasChannels(Channels.RGBA).hasSamePixelsAs(in);
    }

    @Test
    void horizontalMirrorsLeftAndRight() {
        Image in = TestImages.numbered(5, 3);

        Image out = new Flip(FlipDirection.HORIZONTAL).apply(in);

        assertThat(out).hasSize(5, 3).hasPixel(0, 0, in.argb(4, 0)).hasPixel(4, 2, in.argb(0, 2))
                .hasPixel(2, 1, in.argb(2, 1));
    }

    @Test
    void verticalMirrorsTopAndBottom() {
        Image in = TestImages.numbered(5, 3);

        Image out = new Flip(FlipDirection.VERTICAL).apply(in);

        assertThat(out).hasPixel(0, 0, in.argb(0, 2)).hasPixel(4, 2, in.argb(4, 0));
    }

    @Test
    void bothIsHorizontalThenVertical() {
        Image in = TestImages.noise(6, 4, 1);

        Image out = new Flip(FlipDirection.BOTH).apply(in);

        assertThat(out).hasSamePixelsAs(
                new Flip(FlipDirection.VERTICAL).apply(new Flip(FlipDirection.HORIZONTAL).apply(in)));
    }
}
