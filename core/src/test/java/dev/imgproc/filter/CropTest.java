package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.filter.spec.Region;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CropTest {

    @Test
    void regionWithOffsetKeepsExactlyThosePixels() {
        Image in = TestImages.numbered(10, 8);

        Image out = new Crop(new Region(3, 2, 4, 5), Gravity.CENTER).apply(in);

        assertThat(out).hasSize(3, 2).hasChannels(Channels.RGB);
        for (int y = 0; y < 2; y++) {
            for (int x = 0; x < 3; x++) {
                assertThat(out).hasPixel(x, y, in.argb(4 + x, 5 + y));
            }
        }
    }

    @ParameterizedTest(name = "{0} puts a 4x2 region at ({1}, {2}) of 10x8")
    @CsvSource({"CENTER, 3, 3", "NORTHWEST, 0, 0", "NORTH, 3, 0", "SOUTHEAST, 6, 6", "WEST, 0, 3", "SOUTH, 3, 6"})
    void regionWithoutOffsetIsPlacedByGravity(Gravity gravity, int x, int y) {
        Image in = TestImages.numbered(10, 8);

        Image out = new Crop(new Region(4, 2, -1, -1), gravity).apply(in);

        assertThat(out).hasSize(4, 2).hasPixel(0, 0, in.argb(x, y)).hasPixel(3, 1, in.argb(x + 3, y + 1));
    }

    @Test
    void regionRunningPastTheImageIsClampedToIt() {
        Image in = TestImages.numbered(10, 8);
        Crop crop = new Crop(new Region(8, 8, 5, 6), Gravity.CENTER);

        Image out = crop.apply(in);

        assertThat(out).hasSize(5, 2).hasPixel(0, 0, in.argb(5, 6)).hasPixel(4, 1, in.argb(9, 7));
        assertThat(crop.outputSize(in.size())).isEqualTo(new Size(5, 2));
    }

    @Test
    void regionLargerThanTheImageKeepsTheWholeImage() {
        Image in = TestImages.numbered(10, 8);

        assertThat(new Crop(new Region(800, 600, -1, -1), Gravity.CENTER).apply(in)).isSameAs(in);
    }

    @Test
    void regionEntirelyOutsideTheImageIsAnError() {
        Image in = TestImages.numbered(10, 8);
        Crop crop = new Crop(new Region(4, 4, 10, 0), Gravity.CENTER);

        assertThatThrownBy(() -> crop.apply(in)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("crop region 4x4+10+0 lies outside the 10x8 image");
        assertThatThrownBy(() -> crop.outputSize(in.size())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onePixelOfTranslucentGrayKeepsItsChannels() {
        Image in = TestImages.constant(3, 3, 0x80404040);

        Image out = new Crop(new Region(1, 1, 2, 2), Gravity.CENTER).apply(in);

        assertThat(out).hasSize(1, 1).hasChannels(Channels.GRAY_ALPHA).hasPixel(0, 0, 0x80404040);
    }
}
