package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;

class BrightnessTest {

    @Test
    void multipliesColourAndClampsAt255() {
        Image in = TestImages.constant(3, 2, 0xFF64C80A);

        Image out = new Brightness(1.5).apply(in);

        // 100 * 1.5 = 150, 200 * 1.5 = 300 -> 255, 10 * 1.5 = 15
        assertThat(out).hasChannels(Channels.RGB).isConstant(0xFF96FF0F, 0);
    }

    @Test
    void keepsAlphaAndGray() {
        Image in = TestImages.constant(2, 2, 0x40505050);

        Image out = new Brightness(0.5).apply(in);

        assertThat(out).hasChannels(Channels.GRAY_ALPHA).isConstant(0x40282828, 0);
    }

    @Test
    void factorOneIsTheIdentity() {
        Image in = TestImages.noise(5, 3, 1, true);

        assertThat(new Brightness(1).apply(in)).hasSamePixelsAs(in);
    }
}
