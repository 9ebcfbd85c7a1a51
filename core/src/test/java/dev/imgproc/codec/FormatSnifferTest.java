package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FormatSnifferTest {

    @ParameterizedTest
    @CsvSource({
        "baseline.jpg, JPEG",
        "progressive.jpg, JPEG",
        "ycck.jpg, JPEG",
        "rgb.png, PNG",
        "palette-trns.png, PNG",
        "two-frames.gif, GIF",
        "rgb.bmp, BMP",
        "rgb.tif, TIFF",
        "lossy.webp, WEBP",
        "lossless-alpha.webp, WEBP",
    })
    void tellsTheFormatFromTheBytes(String fixture, ImageFormat expected) throws CodecException {
        assertThat(FormatSniffer.sniff(Fixtures.bytes(fixture))).isEqualTo(expected);
    }

    @Test
    void bigEndianTiffIsTiff() throws CodecException {
        assertThat(FormatSniffer.sniff(new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8})).isEqualTo(ImageFormat.TIFF);
    }

    @Test
    void emptyInputIsAnEmptyFile() {
        assertThatThrownBy(() -> FormatSniffer.sniff(new byte[0]))
                .isInstanceOf(CodecException.class)
                .hasMessage("empty file");
    }

    @Test
    void textNamedJpgIsNotAnImage() {
        assertThatThrownBy(() -> FormatSniffer.sniff(Fixtures.bytes("text.jpg")))
                .isInstanceOf(CodecException.class)
                .hasMessage("not an image (unrecognised format)");
    }

    @Test
    void textStartingWithBmIsNotABitmap() {
        byte[] text = "BMW 320d, 2019, one owner, full service history\n".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> FormatSniffer.sniff(text)).hasMessage("not an image (unrecognised format)");
    }

    @Test
    void aFewBytesAreNotAnImage() {
        assertThatThrownBy(() -> FormatSniffer.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8}))
                .hasMessage("not an image (unrecognised format)");
    }

    @Test
    void heicFromAPhoneIsNamedAsUnsupported() {
        byte[] heic = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
        assertThatThrownBy(() -> FormatSniffer.sniff(heic)).hasMessage("HEIC images are not supported");
    }
}
