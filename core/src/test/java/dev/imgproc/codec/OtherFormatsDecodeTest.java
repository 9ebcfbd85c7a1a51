package dev.imgproc.codec;

import static dev.imgproc.codec.Colours.assertPixel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import org.junit.jupiter.api.Test;

class OtherFormatsDecodeTest {
    private final Codecs codecs = Codecs.standard();

    private Image decode(String fixture) throws CodecException {
        return codecs.decode(Fixtures.bytes(fixture), DecodeOptions.DEFAULT).image();
    }

    @Test
    void gifGivesItsFirstFrameWithTransparency() throws Exception {
        Image image = decode("two-frames.gif");

        assertThat(image.size()).hasToString("16x8");
        assertThat(image.channels()).isEqualTo(Channels.RGBA);
        assertThat(image.argb(2, 2)).isEqualTo(0xFFFF0000);
        assertThat(image.argb(12, 2) >>> 24).as("transparent, not the second frame's green").isZero();
    }

    @Test
    void bmp() throws Exception {
        Image image = decode("rgb.bmp");

        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertThat(image.argb(0, 0)).as("bottom-up rows put right side up").isEqualTo(0xFFFF0000);
        assertThat(image.argb(63, 0)).isEqualTo(0xFF0000FF);
    }

    @Test
    void tiff() throws Exception {
        Image image = decode("rgb.tif");

        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertThat(image.argb(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(image.argb(63, 0)).isEqualTo(0xFF0000FF);
    }

    @Test
    void cmykTiffIsConvertedToRgb() throws Exception {
        Image image = decode("cmyk.tif");

        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertPixel(image, 4, 4, 0xFFFF0000, 10);
    }

    @Test
    void lossyWebp() throws Exception {
        Image image = decode("lossy.webp");

        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertPixel(image, 8, 6, 0xFFFF0000, 12);
        assertPixel(image, 56, 6, 0xFF0000FF, 12);
    }

    @Test
    void losslessWebpWithAlpha() throws Exception {
        Image image = decode("lossless-alpha.webp");

        assertThat(image.channels()).isEqualTo(Channels.RGBA);
        assertThat(image.argb(2, 2)).isEqualTo(0xFFFF0000);
        assertThat(image.argb(12, 2)).isEqualTo(0x8000FF00);
    }
}
