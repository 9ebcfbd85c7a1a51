package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How Codecs chooses among codecs: a faster one in front, ImageIO behind it as the fallback. */
class CodecsTest {
    private static final Image GREEN = Image.filled(64, 48, 0xFF00FF00, Channels.RGB);

    /** A stand-in for a native JPEG codec: answers for JPEG only, or declines every file. */
    private record NativeJpeg(boolean declines) implements ImageCodec {
        @Override
        public String name(ImageFormat format) {
            return "native";
        }

        @Override
        public boolean canRead(ImageFormat format) {
            return format == ImageFormat.JPEG;
        }

        @Override
        public boolean canWrite(ImageFormat format) {
            return false;
        }

        @Override
        public Size readSize(byte[] data, ImageFormat format) throws CodecException {
            if (declines) {
                throw new UnsupportedVariantException("arithmetic coding");
            }
            return new Size(64, 48);
        }

        @Override
        public Image read(byte[] data, ImageFormat format) throws CodecException {
            if (declines) {
                throw new UnsupportedVariantException("arithmetic coding");
            }
            return GREEN;
        }

        @Override
        public byte[] write(Image image, ImageFormat format, EncodeOptions options, byte[] exif) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void theFirstCodecForAFormatDecodesIt() throws Exception {
        Codecs codecs = new Codecs(List.of(new NativeJpeg(false), new ImageIoCodec()));

        Decoded decoded = codecs.decode(Fixtures.bytes("orient-6.jpg"), DecodeOptions.DEFAULT);

        assertThat(decoded.image().argb(0, 0)).isEqualTo(0xFF00FF00);
        assertThat(decoded.image().size()).as("orientation is applied by Codecs").hasToString("48x64");
    }

    @Test
    void aCodecThatDeclinesAFileHandsItOn() throws Exception {
        Codecs codecs = new Codecs(List.of(new NativeJpeg(true), new ImageIoCodec()));

        Decoded decoded = codecs.decode(Fixtures.bytes("baseline.jpg"), DecodeOptions.DEFAULT);

        assertThat(decoded.image().argb(0, 0)).isNotEqualTo(0xFF00FF00);
        assertThat(codecs.decode(Fixtures.bytes("rgb.png"), DecodeOptions.DEFAULT).image().argb(0, 0))
                .isEqualTo(0xFFFF0000);
    }

    @Test
    void whenEveryCodecDeclinesTheLastReasonIsGiven() {
        Codecs codecs = new Codecs(List.of(new NativeJpeg(true)));

        assertThatThrownBy(() -> codecs.decode(Fixtures.bytes("baseline.jpg"), DecodeOptions.DEFAULT))
                .isInstanceOf(UnsupportedVariantException.class)
                .hasMessage("arithmetic coding");
        assertThatThrownBy(() -> codecs.decode(Fixtures.bytes("rgb.png"), DecodeOptions.DEFAULT))
                .hasMessage("cannot read PNG: no codec for it");
    }

    @Test
    void describeListsTheCodecsOfEachFormatInOrder() {
        Codecs codecs = new Codecs(List.of(new NativeJpeg(false), new ImageIoCodec()));

        List<String> lines = codecs.describe();

        assertThat(lines).hasSize(ImageFormat.values().length);
        assertThat(lines.get(0))
                .matches("jpeg: native, then ImageIO \\(read TwelveMonkeys [0-9.]+, write JDK \\d+\\)");
        assertThat(lines).contains("png: ImageIO (JDK " + Runtime.version().feature() + ")");
        assertThat(lines).anySatisfy(line -> assertThat(line).matches("webp: .*write none\\)"));
    }

    @Test
    void standardIsOneSharedInstance() {
        assertThat(Codecs.standard()).isSameAs(Codecs.standard());
    }

    /** The build runs the codec tests twice: with libjpeg-turbo where installed, and with -Dimgproc.native=false. */
    @Test
    void standardPutsLibjpegTurboInFrontUnlessItIsDisabledOrMissing() {
        List<String> lines = Codecs.standard().describe();

        if ("false".equals(System.getProperty("imgproc.native"))) {
            assertThat(lines.getFirst()).startsWith("jpeg: ImageIO");
            assertThat(lines).contains("libjpeg-turbo: off (-Dimgproc.native=false)");
        } else if (CodecLineUps.nativeAvailable()) {
            assertThat(lines.getFirst()).startsWith("jpeg: libjpeg-turbo").contains(", then ImageIO");
            assertThat(lines).hasSize(ImageFormat.values().length);
        } else {
            assertThat(lines.getLast()).startsWith("libjpeg-turbo: ");
        }
    }
}
