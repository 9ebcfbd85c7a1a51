package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** libjpeg-turbo's messages (as {@code tjGetErrorStr2} returns them) worded as the ImageIO path words its reasons. */
class TurboJpegErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Premature end of JPEG file | true | truncated JPEG data",
        "JPEG datastream contains no image | false | truncated JPEG data",
        "Corrupt JPEG data: premature end of data segment | true | corrupt JPEG data: premature end of data segment",
        "Bogus marker length | false | corrupt JPEG data: Bogus marker length",
        "Huffman table 0x01 was not defined | false | corrupt JPEG data: Huffman table 0x01 was not defined",
        "Progressive JPEG image has more than 500 scans | false"
                + " | corrupt JPEG data: more than 500 scans (a decompression bomb?)",
    })
    void damageIsWordedAsOnTheImageIoPath(String message, boolean warning, String reason) {
        CodecException exception = TurboJpegErrors.reason(message, warning);

        assertThat(exception).isExactlyInstanceOf(CodecException.class).hasMessage(reason);
    }

    /** Files ImageIO may well read: a lossless JPEG, 12-bit samples, odd subsampling, a warning it tolerates. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Unsupported JPEG process: SOF type 0xc3 | false",
        "Unsupported JPEG data precision 12 | false",
        "tjDecompressHeader3(): Could not determine subsampling type for JPEG image | false",
        "Corrupt JPEG data: 3 extraneous bytes before marker 0xd9 | true",
        "Inconsistent progression sequence for component 0 coefficient 1 | true",
    })
    void whatImageIoMayReadIsDeclined(String message, boolean warning) {
        CodecException exception = TurboJpegErrors.reason(message, warning);

        assertThat(exception).isInstanceOf(UnsupportedVariantException.class);
        assertThat(exception.getMessage()).doesNotContain("tjDecompressHeader3()");
    }

    /** Decoding stops at the first warning: declined, so that ImageIO judges the file as it always did. */
    @Test
    void aWarningIsLeftToImageIoAndAnErrorIsCorruption() {
        assertThat(TurboJpegErrors.reason("Bogus DQT index 7", true)).isInstanceOf(UnsupportedVariantException.class);
        assertThat(TurboJpegErrors.reason("Bogus DQT index 7", false))
                .hasMessage("corrupt JPEG data: Bogus DQT index 7");
    }
}
