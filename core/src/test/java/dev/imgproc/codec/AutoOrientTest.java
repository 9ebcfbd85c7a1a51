package dev.imgproc.codec;

import static dev.imgproc.codec.Colours.assertPixel;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Image;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The marker layout (64x48, red block top left, blue block top right, as stored) must land where viewers show it.
 * Positions are block centres in the displayed image.
 */
class AutoOrientTest {
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    private final Codecs codecs = Codecs.standard();

    @ParameterizedTest
    @CsvSource({"orient-6.jpg", "orient-6.png", "orient-6.webp", "orient-6.tif"})
    void orientation6TurnsAQuarterClockwise(String fixture) throws Exception {
        Image image = codecs.decode(Fixtures.bytes(fixture), DecodeOptions.DEFAULT).image();

        assertThat(image.size()).hasToString("48x64");
        assertPixel(image, 41, 8, RED, 16); // the top-left block is now top right
        assertPixel(image, 41, 56, BLUE, 16); // the top-right block is now bottom right
    }

    @Test
    void orientation5MirrorsAlongTheDiagonal() throws Exception {
        Image image = codecs.decode(Fixtures.bytes("orient-5.jpg"), DecodeOptions.DEFAULT).image();

        assertThat(image.size()).hasToString("48x64");
        assertPixel(image, 6, 8, RED, 16);
        assertPixel(image, 6, 56, BLUE, 16);
    }

    @Test
    void withoutAutoOrientPixelsStayAsStored() throws Exception {
        Decoded decoded = codecs.decode(Fixtures.bytes("orient-6.jpg"), new DecodeOptions(false, 1 << 20));

        assertThat(decoded.image().size()).hasToString("64x48");
        assertThat(decoded.header().orientation()).isEqualTo(Orientation.RIGHT_TOP);
        assertPixel(decoded.image(), 8, 6, RED, 16);
    }

    /** Every orientation, written by our own encoder with an EXIF block from a "camera": PNG, so exactly. */
    @ParameterizedTest
    @EnumSource(Orientation.class)
    void everyOrientationPutsTheCornersWhereTheSpecificationSays(Orientation orientation) throws Exception {
        byte[] exif = ExifBlocks.camera(ByteOrder.LITTLE_ENDIAN, orientation.tag());
        byte[] png = codecs.encode(TestImages.marker(), ImageFormat.PNG, EncodeOptions.DEFAULT, exif);

        Image image = codecs.decode(png, DecodeOptions.DEFAULT).image();

        // where stored (x, y) lands: the EXIF definitions of 1..8 for the stored top-left and top-right corners
        int w = image.width() - 1;
        int h = image.height() - 1;
        int[][] redAndBlue = switch (orientation) {
            case TOP_LEFT -> new int[][] {{0, 0}, {w, 0}};
            case TOP_RIGHT -> new int[][] {{w, 0}, {0, 0}};
            case BOTTOM_RIGHT -> new int[][] {{w, h}, {0, h}};
            case BOTTOM_LEFT -> new int[][] {{0, h}, {w, h}};
            case LEFT_TOP -> new int[][] {{0, 0}, {0, h}};
            case RIGHT_TOP -> new int[][] {{w, 0}, {w, h}};
            case RIGHT_BOTTOM -> new int[][] {{w, h}, {w, 0}};
            case LEFT_BOTTOM -> new int[][] {{0, h}, {0, 0}};
        };
        assertThat(image.size()).isEqualTo(orientation.displayed(TestImages.marker().size()));
        assertThat(image.argb(redAndBlue[0][0], redAndBlue[0][1])).isEqualTo(RED);
        assertThat(image.argb(redAndBlue[1][0], redAndBlue[1][1])).isEqualTo(BLUE);
    }
}
