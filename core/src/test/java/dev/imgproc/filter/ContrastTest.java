package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void factorOneIsTheIdentity() {
        Image in = TestImages.noise(9, 4, 6, true);

        assertThat(new Contrast(1).apply(in)).hasSamePixelsAs(in);
    }

    @Test
    void doublingMovesLevelsAwayFromMidGrayAndClamps() {
        // given R = 100, G = 200, B = 10
        Image in = TestImages.constant(2, 3, 0x8064C80A);

        Image out = new Contrast(2).apply(in);

        // then (100 - 128) * 2 + 128 = 72, (200 - 128) * 2 + 128 = 272 -> 255, (10 - 128) * 2 + 128 = -108 -> 0
        assertThat(out).hasChannels(Channels.RGBA).isConstant(0x8048FF00, 0);
    }

    @Test
    void factorZeroFlattensToMidGrayAndKeepsGray() {
        Image in = TestImages.gradient(7, 2);

        assertThat(new Contrast(0).apply(in)).hasChannels(Channels.GRAY).isConstant(0xFF808080, 0);
    }
}
