package dev.imgproc.codec;

import static dev.imgproc.codec.Colours.assertPixel;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** Every JPEG variant, and the reasons damaged files fail with, the same with and without the native codec. */
@ParameterizedClass
@MethodSource("dev.imgproc.codec.CodecLineUps#lineUps")
class JpegDecodeTest {
    @Parameter
    Codecs codecs;

    private Image decode(String fixture) throws CodecException {
        return codecs.decode(Fixtures.bytes(fixture), DecodeOptions.DEFAULT).image();
    }

    @Test
    void baseline() throws Exception {
        Image image = decode("baseline.jpg");

        assertThat(image.size()).hasToString("64x48");
        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertPixel(image, 8, 6, 0xFFFF0000, 8);
        assertPixel(image, 56, 6, 0xFF0000FF, 8);
        assertPixel(image, 32, 40, 0xFF808080, 4);
    }

    @Test
    void progressiveDecodesLikeBaseline() throws Exception {
        Image image = decode("progressive.jpg");

        assertPixel(image, 8, 6, 0xFFFF0000, 8);
        assertPixel(image, 56, 6, 0xFF0000FF, 8);
    }

    @Test
    void grayscaleIsGrayWithItsSamplesUnchanged() throws Exception {
        Image image = decode("gray.jpg");

        assertThat(image.channels()).isEqualTo(Channels.GRAY);
        // Java's linear-gray colour space would make 0x40 come back as 0x89
        assertPixel(image, 4, 12, 0xFF404040, 2);
        assertPixel(image, 28, 12, 0xFFC0C0C0, 2);
    }

    @Test
    void ycckFromAdobeWithoutProfileIsRedNotInverted() throws Exception {
        Image image = decode("ycck.jpg");

        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertPixel(image, 16, 12, 0xFFFF0000, 10);
    }

    @Test
    void plainAdobeCmykWithoutProfileIsRedNotInverted() throws Exception {
        byte[] cmyk = CmykJpegs.filled(16, 16, 0, 255, 255, 0);
        assertThat(JpegStructure.of(cmyk).components()).isEqualTo(4);

        Image image = codecs.decode(cmyk, DecodeOptions.DEFAULT).image();

        assertThat(image.channels()).isEqualTo(Channels.RGB);
        assertPixel(image, 8, 8, 0xFFFF0000, 10);
    }

    @Test
    void cmykIsConvertedThroughItsEmbeddedProfile() throws Exception {
        Image image = decode("cmyk-icc.jpg");

        // lcms (ImageMagick) gives (193,95,61) for these samples and this profile; the naive formula (192,55,12)
        assertPixel(image, 16, 12, 0xFFC15F3D, 6);
    }

    @Test
    void adobeRgbIsConvertedToSrgb() throws Exception {
        Image image = decode("adobe-rgb.jpg");

        // stored about (89,159,37) in Adobe RGB: shown as is, the green would look washed out
        assertPixel(image, 16, 12, 0xFF00A000, 6);
    }

    @Test
    void truncatedDataFailsInsteadOfComingBackGrey() {
        assertThatThrownBy(() -> decode("truncated.jpg"))
                .isInstanceOf(CodecException.class)
                .hasMessage("truncated JPEG data");
    }

    @Test
    void truncatedProgressiveFailsToo() {
        byte[] whole = Fixtures.bytes("progressive.jpg");
        byte[] cut = Arrays.copyOf(whole, whole.length * 3 / 4);

        assertThatThrownBy(() -> codecs.decode(cut, DecodeOptions.DEFAULT)).hasMessage("truncated JPEG data");
    }

    @Test
    void headerOnlyIsTruncated() {
        byte[] whole = Fixtures.bytes("baseline.jpg");
        byte[] cut = Arrays.copyOf(whole, 200);

        assertThatThrownBy(() -> codecs.decode(cut, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("truncated JPEG data");
    }

    @Test
    void garbageAfterTheMagicIsCorrupt() {
        byte[] garbage = new byte[2000];
        new java.util.Random(7).nextBytes(garbage);
        garbage[0] = (byte) 0xFF;
        garbage[1] = (byte) 0xD8;
        garbage[2] = (byte) 0xFF;

        assertThatThrownBy(() -> codecs.decode(garbage, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessageMatching("(corrupt|truncated) JPEG data.*");
    }

    @Test
    void thousandsOfProgressiveScansAreRefusedBeforeDecoding() {
        byte[] progressive = Fixtures.bytes("progressive.jpg");
        int scans = JpegMarkers.scanCount(progressive);
        byte[] bomb = Arrays.copyOf(progressive, progressive.length + 4 * 2000);
        for (int i = progressive.length - 2; i < bomb.length - 4; i += 4) {
            bomb[i] = (byte) 0xFF;
            bomb[i + 1] = (byte) 0xDA;
        }

        assertThatThrownBy(() -> codecs.decode(bomb, DecodeOptions.DEFAULT))
                .hasMessageStartingWith("corrupt JPEG data: " + (scans + 2000) + " scans, over the limit of 500");
    }

    /** A sequential scan costs what its data costs: markers past the first scan are damage, refused as such. */
    @Test
    void scanMarkersAppendedToASequentialFileAreDamage() {
        byte[] baseline = Fixtures.bytes("baseline.jpg");
        byte[] damaged = Arrays.copyOf(baseline, baseline.length + 2 * 2000);
        for (int i = baseline.length - 2; i < damaged.length - 2; i += 2) {
            damaged[i] = (byte) 0xFF;
            damaged[i + 1] = (byte) 0xDA;
        }

        assertThatThrownBy(() -> codecs.decode(damaged, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("corrupt JPEG data")
                .hasMessageNotContaining("scans");
    }

    @Test
    void exifBlockComesBackWithoutItsPrefix() throws Exception {
        Decoded decoded = codecs.decode(Fixtures.bytes("orient-6.jpg"), DecodeOptions.DEFAULT);

        assertThat(decoded.exif()).startsWith('M', 'M', 0, 42);
        assertThat(Exif.orientation(decoded.exif())).isEqualTo(Orientation.RIGHT_TOP);
    }

    @Test
    void noExifMeansNull() throws Exception {
        assertThat(codecs.decode(Fixtures.bytes("baseline.jpg"), DecodeOptions.DEFAULT).exif()).isNull();
    }
}
