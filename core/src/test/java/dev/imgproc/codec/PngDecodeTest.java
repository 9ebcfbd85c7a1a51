package dev.imgproc.codec;

import static dev.imgproc.codec.Colours.assertPixel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.PngBuilder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class PngDecodeTest {
    private final Codecs codecs = Codecs.standard();

    private Image decode(byte[] png) throws CodecException {
        return codecs.decode(png, DecodeOptions.DEFAULT).image();
    }

    private Image decode(String fixture) throws CodecException {
        return decode(Fixtures.bytes(fixture));
    }

    @Test
    void rgbIsExact() throws Exception {
        Image image = decode("rgb.png");

        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertThat(image.argb(0, 0)).isEqualTo(0xFFFF0000);
        assertThat(image.argb(63, 11)).isEqualTo(0xFF0000FF);
        assertThat(image.argb(32, 47)).isEqualTo(0xFF808080);
    }

    @Test
    void sixteenBitsAreRoundedToEight() throws Exception {
        Image image = decode("rgb16.png");

        // (0x01fe, 0x8080, 0xfeff): keeping the high byte would give (1, 128, 254)
        assertThat(Colours.hex(image.argb(3, 3))).isEqualTo(Colours.hex(0xFF0280FE));
        assertThat(image.channels()).isEqualTo(Channels.RGB);
    }

    @Test
    void sixteenBitGrayIsRoundedAndStaysGray() throws Exception {
        // one row, filter 0, samples 0x01fe and 0xfeff
        byte[] png = PngBuilder.header(2, 1, 0, 16).idat(new byte[] {0, 0x01, (byte) 0xFE, (byte) 0xFE, (byte) 0xFF})
                .end();

        Image image = decode(png);

        assertThat(image.channels()).isEqualTo(Channels.GRAY);
        assertThat(image.pixels()).containsExactly(0xFF020202, 0xFFFEFEFE);
    }

    @Test
    void oneBitGrayIsGray() throws Exception {
        byte[] png = PngBuilder.header(8, 1, 0, 1).idat(new byte[] {0, (byte) 0b1010_0000}).end();

        Image image = decode(png);

        assertThat(image.channels()).isEqualTo(Channels.GRAY);
        assertThat(image.pixels()).startsWith(0xFFFFFFFF, 0xFF000000, 0xFFFFFFFF, 0xFF000000, 0xFF000000);
    }

    @Test
    void rgbaKeepsAlphaUnpremultiplied() throws Exception {
        Image image = decode("rgba.png");

        assertThat(image.channels()).isEqualTo(Channels.RGBA);
        assertThat(image.argb(2, 2)).isEqualTo(0xFFFF0000);
        assertThat(image.argb(12, 2)).isEqualTo(0x8000FF00);
    }

    @Test
    void paletteWithTransparencyHasAlpha() throws Exception {
        Image image = decode("palette-trns.png");

        assertThat(image.channels()).isEqualTo(Channels.RGBA);
        assertThat(image.argb(2, 2)).isEqualTo(0xFF0000FF);
        assertThat(image.argb(12, 2) >>> 24).isZero();
    }

    @Test
    void grayIsGrayWithItsSamplesUnchanged() throws Exception {
        Image image = decode("gray.png");

        assertThat(image.channels()).isEqualTo(Channels.GRAY);
        assertThat(image.argb(2, 2)).isEqualTo(0xFF404040);
        assertThat(image.argb(12, 2)).isEqualTo(0xFFC0C0C0);
    }

    @Test
    void grayAlpha() throws Exception {
        Image image = decode("gray-alpha.png");

        assertThat(image.channels()).isEqualTo(Channels.GRAY_ALPHA);
        assertThat(image.argb(2, 2)).isEqualTo(0xFF404040);
        assertThat(image.argb(12, 2)).isEqualTo(0x80C0C0C0);
    }

    @Test
    void iccpProfileIsConvertedToSrgb() throws Exception {
        Image image = decode("adobe-rgb.png");

        // stored (89,158,37) in Adobe RGB, as the JDK's reader returns it unconverted
        assertPixel(image, 4, 4, 0xFF00A000, 4);
    }

    /** The JDK's reader leaves text chunks compressed; this keeps it so (else 64 MB would be inflated). */
    @Test
    void aPaletteImageWithAZtxtBombDecodesWithoutInflatingIt() throws Exception {
        Image image = decode(HostileFiles.paletteWithTextBomb(64));

        assertThat(image.argb(0, 0)).isEqualTo(0xFF0000FF);
        assertThat(image.argb(1, 0) >>> 24).isZero();
    }

    @Test
    void truncatedDataFails() {
        byte[] whole = Fixtures.bytes("rgb.png");

        assertThatThrownBy(() -> decode(Arrays.copyOf(whole, whole.length - 40)))
                .isInstanceOf(CodecException.class)
                .hasMessage("truncated PNG data");
    }

    @Test
    void corruptCompressedDataSaysWhy() {
        byte[] png = Fixtures.bytes("rgb.png");
        PngChunks.Chunk idat = PngChunks.find(png, "IDAT");
        Arrays.fill(png, idat.dataOffset() + 2, idat.dataOffset() + 40, (byte) 0x5A);

        assertThatThrownBy(() -> decode(png))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("corrupt PNG data: ");
    }
}
