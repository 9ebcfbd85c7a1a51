package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Reduction;
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

    /** The build runs the codec tests twice: with libjpeg-turbo where installed, and as if it were not. */
    @Test
    void standardPutsLibjpegTurboInFrontUnlessItIsDisabledOrMissing() {
        List<String> lines = Codecs.standard().describe();
        String library = System.getProperty("imgproc.native.library");

        if ("false".equals(System.getProperty("imgproc.native"))) {
            assertThat(lines.getFirst()).startsWith("jpeg: ImageIO");
            assertThat(lines).contains("libjpeg-turbo: off (-Dimgproc.native=false)");
        } else if (library != null && library.endsWith("no-such-libturbojpeg.so")) {
            assertThat(lines.getFirst()).startsWith("jpeg: ImageIO");
            assertThat(lines).contains("libjpeg-turbo: not found at " + library + " (-Dimgproc.native.library)");
        } else if (CodecLineUps.nativeAvailable()) {
            assertThat(lines.getFirst()).startsWith("jpeg: libjpeg-turbo").contains(", then ImageIO");
            assertThat(lines).hasSize(ImageFormat.values().length);
        } else {
            assertThat(lines.getLast()).startsWith("libjpeg-turbo: ");
        }
    }

    /**
     * A stand-in for a codec that shrinks on load: says every JPEG is {@code stored}, and decodes it at 1/shrink of
     * that (rounded up), or declines the pixels.
     */
    private record Shrinking(Size stored, boolean declinesPixels) implements ImageCodec {
        static final Size LARGE = new Size(1600, 1200);

        @Override
        public String name(ImageFormat format) {
            return "shrinking";
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
        public Size readSize(byte[] data, ImageFormat format) {
            return stored;
        }

        @Override
        public List<Integer> shrinkFactors(ImageFormat format) {
            return List.of(1, 2, 4, 8);
        }

        @Override
        public Image read(byte[] data, ImageFormat format) throws CodecException {
            return read(data, format, 1);
        }

        @Override
        public Image read(byte[] data, ImageFormat format, int shrink) throws CodecException {
            if (declinesPixels) {
                throw new UnsupportedVariantException("not these pixels");
            }
            Size size = ShrinkOnLoad.reduced(stored, shrink);
            return Image.filled(size.width(), size.height(), 0xFF00FF00, Channels.RGB);
        }

        @Override
        public byte[] write(Image image, ImageFormat format, EncodeOptions options, byte[] exif) {
            throw new UnsupportedOperationException();
        }
    }

    /**
     * orient-6.jpg turns the stored 1600x1200 into 1200x1600 upright: a 300x400 minimum (upright) is 400x300 as
     * stored, which 1/2 still covers twice; taken as stored it would allow no shrink at all.
     */
    @Test
    void theMinimumIsTurnedToStoredOrientationAndTheExtentBackUpright() throws Exception {
        Codecs codecs = new Codecs(List.of(new Shrinking(Shrinking.LARGE, false)));
        DecodeOptions options = DecodeOptions.DEFAULT.withMinimumSize(new Size(300, 400));
        byte[] rotated = Fixtures.bytes("orient-6.jpg");

        Decoded decoded = codecs.decode(rotated, options);

        assertThat(codecs.decodedSize(rotated, options)).hasToString("600x800");
        assertThat(decoded.image().size()).hasToString("600x800");
        assertThat(decoded.reduction()).isEqualTo(new Reduction(new Size(1200, 1600), 0, 0, 600, 800));
        DecodeOptions asStored = new DecodeOptions(false, DecodeOptions.DEFAULT_MAX_PIXELS, new Size(300, 400));
        assertThat(codecs.decode(rotated, asStored).image().size()).hasToString("1600x1200");
    }

    @Test
    void withoutAMinimumOrRoomForOneTheImageIsDecodedWhole() throws Exception {
        Codecs codecs = new Codecs(List.of(new Shrinking(Shrinking.LARGE, false)));
        byte[] jpeg = Fixtures.bytes("baseline.jpg");

        assertThat(codecs.decode(jpeg, DecodeOptions.DEFAULT).reduction().isNone(Shrinking.LARGE)).isTrue();
        assertThat(codecs.decodedSize(jpeg, DecodeOptions.DEFAULT.withMinimumSize(new Size(900, 10))))
                .isEqualTo(Shrinking.LARGE);
    }

    /** The codec behind the one that read the header cannot shrink: it decodes whole, and says so. */
    @Test
    void aCodecTakingOverAfterADeclineDecodesWhole() throws Exception {
        Codecs codecs = new Codecs(List.of(new Shrinking(new Size(64, 48), true), new ImageIoCodec()));
        DecodeOptions options = DecodeOptions.DEFAULT.withMinimumSize(new Size(8, 6));

        assertThat(codecs.decodedSize(Fixtures.bytes("baseline.jpg"), options)).hasToString("16x12");
        Decoded decoded = codecs.decode(Fixtures.bytes("baseline.jpg"), options);

        assertThat(decoded.image().size()).hasToString("64x48");
        assertThat(decoded.reduction().isNone(decoded.image().size())).isTrue();
    }
}
