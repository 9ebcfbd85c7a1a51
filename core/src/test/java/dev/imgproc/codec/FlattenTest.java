package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Color;
import dev.imgproc.image.Image;
import org.junit.jupiter.api.Test;

class FlattenTest {

    @Test
    void everyColourAlphaAndBackgroundBlendsToTheRoundedAverage() {
        for (int alpha = 0; alpha < 256; alpha++) {
            for (int colour = 0; colour < 256; colour++) {
                for (int background = 0; background < 256; background++) {
                    int exact = (colour * alpha + background * (255 - alpha) + 127) / 255;
                    if (Flatten.blend(colour, background, alpha) != exact) {
                        throw new AssertionError("colour " + colour + " over " + background + " at alpha " + alpha
                                + ": expected " + exact + " but got " + Flatten.blend(colour, background, alpha));
                    }
                }
            }
        }
    }

    @Test
    void opaquePixelsStayTransparentOnesTakeTheBackgroundAndTheRestBlend() {
        Image in = new Image(3, 1, new int[] {0xFF102030, 0x00FFFFFF, 0x80FF0000}, Channels.RGBA);

        Image out = Flatten.onto(in, Color.parse("#0000ff"));

        // half-transparent red over blue: 255 * 128 / 255 = 128 red, 255 * 127 / 255 = 127 blue
        assertThat(out.pixels()).containsExactly(0xFF102030, 0xFF0000FF, 0xFF80007F);
        assertThat(out.channels()).isEqualTo(Channels.RGB);
    }

    @Test
    void grayOverAGrayBackgroundStaysGray() {
        Image in = new Image(1, 1, new int[] {0x40808080}, Channels.GRAY_ALPHA);

        Image out = Flatten.onto(in, Color.parse("#ffffff"));

        // 128 * 64 / 255 + 255 * 191 / 255 = 32.1 + 191 = 223.1
        assertThat(out.pixels()).containsExactly(0xFFDFDFDF);
        assertThat(out.channels()).isEqualTo(Channels.GRAY);
    }
}
