package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Color;
import dev.imgproc.image.Image;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LosslessEncodeTest {
    private final Codecs codecs = Codecs.standard();

    private Image roundTrip(Image image, ImageFormat format) throws CodecException {
        byte[] bytes = codecs.encode(image, format, EncodeOptions.DEFAULT, null);
        assertThat(codecs.probe(bytes).format()).isEqualTo(format);
        return codecs.decode(bytes, DecodeOptions.DEFAULT).image();
    }

    @ParameterizedTest
    @EnumSource(Channels.class)
    void pngGivesBackEveryPixelAndItsChannels(Channels channels) throws Exception {
        Image original = TestImages.noise(33, 17, channels, 3);

        Image back = roundTrip(original, ImageFormat.PNG);

        assertThat(back.channels()).isEqualTo(channels);
        assertThat(back.pixels()).isEqualTo(original.pixels());
    }

    @ParameterizedTest
    @EnumSource(Channels.class)
    void tiffGivesBackEveryPixelAndItsChannels(Channels channels) throws Exception {
        Image original = TestImages.noise(33, 17, channels, 4);

        Image back = roundTrip(original, ImageFormat.TIFF);

        assertThat(back.channels()).isEqualTo(channels);
        assertThat(back.pixels()).isEqualTo(original.pixels());
    }

    @Test
    void bmpIsExactAndFlattensAlpha() throws Exception {
        Image opaque = TestImages.noise(33, 17, Channels.RGB, 5);
        assertThat(roundTrip(opaque, ImageFormat.BMP).pixels()).isEqualTo(opaque.pixels());

        Image transparent = Image.filled(4, 4, 0x00123456, Channels.RGBA);
        Image back = roundTrip(transparent, ImageFormat.BMP);
        assertThat(back.channels()).isEqualTo(Channels.RGB);
        assertThat(back.argb(1, 1)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void gifKeepsFewColoursExactlyAndTransparency() throws Exception {
        Image image = TestImages.marker();
        int[] pixels = image.pixels().clone();
        pixels[47 * 64] = 0x00000000;
        Image withHole = new Image(64, 48, pixels, Channels.RGBA);

        Image back = roundTrip(withHole, ImageFormat.GIF);

        assertThat(back.argb(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(back.argb(63, 0)).isEqualTo(0xFF0000FF);
        assertThat(back.argb(32, 30)).isEqualTo(0xFF808080);
        assertThat(back.argb(0, 47) >>> 24).isZero();
    }

    @Test
    void pngCarriesExifInAnExifChunk() throws Exception {
        byte[] exif = ExifBlocks.camera(ByteOrder.LITTLE_ENDIAN, 3);

        byte[] png = codecs.encode(TestImages.marker(), ImageFormat.PNG, EncodeOptions.DEFAULT, exif);

        assertThat(PngChunks.find(png, "eXIf")).isNotNull();
        assertThat(codecs.decode(png, DecodeOptions.DEFAULT).exif()).isEqualTo(exif);
    }

    @Test
    void webpCannotBeWritten() {
        assertThatThrownBy(() -> codecs.encode(TestImages.marker(), ImageFormat.WEBP, EncodeOptions.DEFAULT, null))
                .isInstanceOf(CodecException.class)
                .hasMessage("cannot write WebP: imgproc reads it but has no encoder");
    }

    @Test
    void backgroundDoesNotMatterWhereThereIsNoAlpha() throws Exception {
        Image opaque = TestImages.noise(8, 8, Channels.RGB, 6);
        EncodeOptions red = new EncodeOptions(85, false, false, Color.parse("red"), false);

        byte[] bmp = codecs.encode(opaque, ImageFormat.BMP, red, null);

        assertThat(codecs.decode(bmp, DecodeOptions.DEFAULT).image().pixels()).isEqualTo(opaque.pixels());
    }
}
