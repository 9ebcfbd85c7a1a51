package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;

class InvertTest {

    @Test
    void invertsColourAndKeepsAlpha() {
        Image in = TestImages.constant(2, 2, 0x80102030);

        assertThat(new Invert().apply(in)).hasChannels(Channels.RGBA).isConstant(0x80EFDFCF, 0);
    }

    @Test
    void invertingTwiceIsTheIdentity() {
        Image in = TestImages.noise(5, 7, 3, true);

        assertThat(new Invert().apply(new Invert().apply(in))).hasSamePixelsAs(in);
    }
}
