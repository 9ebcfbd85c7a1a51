package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProbeTest {
    private final Codecs codecs = Codecs.standard();

    @ParameterizedTest
    @CsvSource({
        "baseline.jpg, JPEG, 64, 48, TOP_LEFT",
        "orient-6.jpg, JPEG, 64, 48, RIGHT_TOP",
        "orient-5.jpg, JPEG, 64, 48, LEFT_TOP",
        "cmyk-icc.jpg, JPEG, 32, 24, TOP_LEFT",
        "orient-6.png, PNG, 64, 48, RIGHT_TOP",
        "rgb16.png, PNG, 16, 8, TOP_LEFT",
        "two-frames.gif, GIF, 16, 8, TOP_LEFT",
        "rgb.bmp, BMP, 64, 48, TOP_LEFT",
        "rgb.tif, TIFF, 64, 48, TOP_LEFT",
        "orient-6.tif, TIFF, 64, 48, RIGHT_TOP",
        "lossy.webp, WEBP, 64, 48, TOP_LEFT",
        "orient-6.webp, WEBP, 64, 48, RIGHT_TOP",
    })
    void readsFormatStoredSizeAndOrientation(
            String fixture, ImageFormat format, int width, int height, Orientation orientation) throws Exception {
        ImageHeader header = codecs.probe(Fixtures.bytes(fixture));

        assertThat(header).isEqualTo(new ImageHeader(format, new Size(width, height), orientation));
    }

    @Test
    void displayedSizeSwapsSidesForQuarterTurns() throws Exception {
        assertThat(codecs.probe(Fixtures.bytes("orient-6.jpg")).displayed()).isEqualTo(new Size(48, 64));
    }

    @Test
    void aHugeClaimedPngIsProbedFromItsHeaderAlone() throws Exception {
        byte[] png = HostileFiles.pngClaiming(100_000, 100_000);

        assertThat(codecs.probe(png).stored()).isEqualTo(new Size(100_000, 100_000));
    }

    @Test
    void notAnImageFailsWithTheReason() {
        assertThatThrownBy(() -> codecs.probe(Fixtures.bytes("text.jpg")))
                .isInstanceOf(CodecException.class)
                .hasMessage("not an image (unrecognised format)");
        assertThatThrownBy(() -> codecs.probe(Fixtures.bytes("empty.jpg"))).hasMessage("empty file");
    }
}
