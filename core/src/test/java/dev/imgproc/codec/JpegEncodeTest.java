package dev.imgproc.codec;

import static dev.imgproc.codec.Colours.assertPixel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Color;
import dev.imgproc.image.Image;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/** The JPEG encoder's settings, the same whether libjpeg-turbo or ImageIO writes the file. */
@ParameterizedClass
@MethodSource("dev.imgproc.codec.CodecLineUps#lineUps")
class JpegEncodeTest {
    @Parameter
    Codecs codecs;

    private static EncodeOptions options(int quality, boolean progressive, Color background) {
        return new EncodeOptions(quality, progressive, false, background, false);
    }

    private static EncodeOptions huffman(boolean optimized) {
        return new EncodeOptions(85, false, optimized, Color.WHITE, false);
    }

    private byte[] encode(Image image, EncodeOptions options) throws CodecException {
        return codecs.encode(image, ImageFormat.JPEG, options, null);
    }

    private Image decode(byte[] jpeg) throws CodecException {
        return codecs.decode(jpeg, DecodeOptions.DEFAULT).image();
    }

    @Test
    void quality95RoundTripIsVisuallyLossless() throws Exception {
        Image original = TestImages.gradient(96, 64);

        Image back = decode(encode(original, options(95, false, Color.WHITE)));

        assertThat(Colours.psnr(original, back)).isGreaterThan(40);
    }

    @Test
    void lowerQualityMakesSmallerFiles() throws Exception {
        Image noise = TestImages.noise(64, 64, Channels.RGB, 1);

        assertThat(encode(noise, options(50, false, Color.WHITE)).length)
                .isLessThan(encode(noise, options(95, false, Color.WHITE)).length);
    }

    @Test
    void optimizedHuffmanTablesMakeSmallerFilesOfTheSamePixels() throws Exception {
        Image photo = TestImages.noise(256, 192, Channels.RGB, 7);

        byte[] standard = encode(photo, huffman(false));
        byte[] optimized = encode(photo, huffman(true));

        assertThat(optimized.length).isLessThan(standard.length);
        assertThat(decode(optimized).pixels()).isEqualTo(decode(standard).pixels());
        assertThat(JpegStructure.of(optimized).frameMarker()).isEqualTo(JpegStructure.SOF0);
    }

    @Test
    void encodesAskingForDifferentTablesAtOnceEachGetTheirOwn() throws Exception {
        Image photo = TestImages.noise(128, 96, Channels.RGB, 3);
        byte[] standard = encode(photo, huffman(false));
        byte[] optimized = encode(photo, huffman(true));

        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> encodes = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                boolean optimize = i % 3 == 0;
                encodes.add(threads.submit(() -> Arrays.equals(encode(photo, huffman(optimize)),
                        optimize ? optimized : standard)));
            }
            for (Future<Boolean> sameBytes : encodes) {
                assertThat(sameBytes.get()).isTrue();
            }
        }
    }

    @Test
    void baselineWithChromaSubsampledLikeLibjpeg() throws Exception {
        JpegStructure jpeg = JpegStructure.of(encode(TestImages.gradient(32, 32), EncodeOptions.DEFAULT));

        assertThat(jpeg.frameMarker()).isEqualTo(JpegStructure.SOF0);
        assertThat(jpeg.sampling()).as("4:2:0: luma 2x2, chroma 1x1").containsExactly("2x2", "1x1", "1x1");
    }

    @Test
    void progressiveFlagWritesProgressiveJpeg() throws Exception {
        byte[] jpeg = encode(TestImages.gradient(32, 32), options(85, true, Color.WHITE));

        assertThat(JpegStructure.of(jpeg).frameMarker()).isEqualTo(JpegStructure.SOF2);
        assertThat(Colours.psnr(TestImages.gradient(32, 32), decode(jpeg))).isGreaterThan(35);
    }

    @Test
    void grayImageIsOneComponentJpeg() throws Exception {
        Image gray = TestImages.noise(16, 16, Channels.GRAY, 2);

        byte[] jpeg = encode(gray, EncodeOptions.DEFAULT);

        assertThat(JpegStructure.of(jpeg).components()).isEqualTo(1);
        assertThat(decode(jpeg).channels()).isEqualTo(Channels.GRAY);
    }

    @Test
    void transparentPixelsAreFlattenedOntoWhiteNotBlackOrPink() throws Exception {
        Image image = halfTransparentRed();

        Image back = decode(encode(image, options(95, false, Color.WHITE)));

        assertThat(back.channels()).isEqualTo(Channels.RGB);
        assertPixel(back, 4, 4, 0xFFFF0000, 6);
        assertPixel(back, 20, 4, 0xFFFFFFFF, 6);
        assertPixel(back, 12, 12, 0xFFFF8080, 8); // red at alpha 128 over white
    }

    @Test
    void transparentPixelsTakeTheBackgroundAsked() throws Exception {
        Image image = Image.filled(16, 16, 0x00000000, Channels.RGBA);

        Image back = decode(encode(image, options(95, false, Color.parse("#ff0000"))));

        assertPixel(back, 8, 8, 0xFFFF0000, 6);
    }

    @Test
    void grayWithAlphaOnWhiteStaysOneComponent() throws Exception {
        Image image = Image.filled(16, 16, 0x80000000, Channels.GRAY_ALPHA);

        byte[] jpeg = encode(image, options(95, false, Color.WHITE));

        assertThat(JpegStructure.of(jpeg).components()).isEqualTo(1);
        assertPixel(decode(jpeg), 8, 8, 0xFF7F7F7F, 3);
    }

    @Test
    void noExifNoOrientationTag() throws Exception {
        byte[] jpeg = encode(TestImages.marker(), EncodeOptions.DEFAULT);

        assertThat(JpegStructure.of(jpeg).has(JpegStructure.APP1)).isFalse();
        assertThat(codecs.probe(jpeg).orientation()).isEqualTo(Orientation.TOP_LEFT);
    }

    @Test
    void exifIsWrittenAsApp1AndReadBack() throws Exception {
        byte[] exif = ExifBlocks.camera(ByteOrder.BIG_ENDIAN, 6);

        byte[] jpeg = codecs.encode(TestImages.marker(), ImageFormat.JPEG, EncodeOptions.DEFAULT, exif);

        assertThat(JpegStructure.of(jpeg).markers()).startsWith(0xE0, 0xE1); // JFIF, then EXIF
        Decoded decoded = codecs.decode(jpeg, new DecodeOptions(false, 1 << 20));
        assertThat(decoded.exif()).isEqualTo(exif);
        assertThat(decoded.header().orientation()).isEqualTo(Orientation.RIGHT_TOP);
    }

    @Test
    void autoOrientedPixelsWithPatchedExifDecodeUprightAgain() throws Exception {
        Decoded rotated = codecs.decode(Fixtures.bytes("orient-6.jpg"), DecodeOptions.DEFAULT);
        byte[] upright = Exif.withOrientation(rotated.exif(), Orientation.TOP_LEFT);

        byte[] jpeg = codecs.encode(rotated.image(), ImageFormat.JPEG, EncodeOptions.DEFAULT, upright);
        Decoded again = codecs.decode(jpeg, DecodeOptions.DEFAULT);

        assertThat(again.header().orientation()).isEqualTo(Orientation.TOP_LEFT);
        assertThat(again.image().size()).isEqualTo(rotated.image().size());
        assertPixel(again.image(), 41, 8, 0xFFFF0000, 20);
    }

    /** 24x16: left third opaque red, middle third red at alpha 128 (rows 8+), right third transparent. */
    private static Image halfTransparentRed() {
        int[] pixels = new int[24 * 16];
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 24; x++) {
                int alpha = x < 8 ? 255 : x < 16 ? (y < 8 ? 255 : 128) : 0;
                pixels[y * 24 + x] = alpha << 24 | 0xFF0000;
            }
        }
        return new Image(24, 16, pixels, Channels.RGBA);
    }
}
