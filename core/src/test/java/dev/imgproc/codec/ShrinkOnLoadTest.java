package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Reduction;
import dev.imgproc.image.Size;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which scale a JPEG is decoded at when the filters need less than the whole image, and where the image lies then. */
class ShrinkOnLoadTest {
    private static final List<Integer> JPEG = List.of(1, 2, 4, 8);

    /** The largest factor that leaves the resize at least a factor of two to shrink by itself. */
    @ParameterizedTest
    @CsvSource({
        "4000x3000, 800x600, 2",   // 1/4 would give 1000x750: only 1.25x the target
        "4000x3000, 500x375, 4",   // 1000x750 is exactly twice the target
        "4000x3000, 499x374, 4",
        "4000x3000, 250x188, 4",   // 1/8 gives 500x375 where 500x376 is needed: not quite
        "4000x3000, 250x187, 8",
        "4000x3000, 100x100, 8",   // never more than 1/8
        "4000x3000, 2000x1, 1",    // one side must stay whole
        "1280x853, 300x200, 2",    // 640x427; 1/4 gives 320x214, under 2x on both sides
        "1280x853, 100x100, 4",    // 320x214 (rounded up, as libjpeg rounds)
        "7x5, 1x1, 4",             // 2x2 at 1/4, rounded up; 1x1 at 1/8 is less than twice 1x1
    })
    void choosesTheLargestFactorThatLeavesTwiceTheTarget(String stored, String atLeast, int factor) {
        assertThat(ShrinkOnLoad.factor(size(stored), size(atLeast), JPEG)).isEqualTo(factor);
    }

    @Test
    void aCodecThatCannotShrinkDecodesAtFullSize() {
        assertThat(ShrinkOnLoad.factor(new Size(4000, 3000), new Size(10, 10), List.of(1))).isEqualTo(1);
    }

    @Test
    void reducedSidesAreRoundedUp() {
        assertThat(ShrinkOnLoad.reduced(new Size(1280, 853), 4)).isEqualTo(new Size(320, 214));
        assertThat(ShrinkOnLoad.reduced(new Size(1, 1), 8)).isEqualTo(new Size(1, 1));
    }

    /**
     * A stored copy whose last column and row stand for a partial block, turned upright: the partial column and row
     * must be where the turned extent says the image stops short of the copy's edge.
     */
    @ParameterizedTest
    @EnumSource(Orientation.class)
    void theExtentTurnsWithThePixels(Orientation orientation) {
        Size original = new Size(9, 5); // at 1/2: 5x3, covering 4.5 x 2.5 of it
        Size copy = ShrinkOnLoad.reduced(original, 2);
        int[] pixels = new int[copy.arrayLength()];
        for (int y = 0; y < copy.height(); y++) {
            for (int x = 0; x < copy.width(); x++) {
                boolean partialColumn = x == copy.width() - 1;
                boolean partialRow = y == copy.height() - 1;
                pixels[y * copy.width() + x] = 0xFF000000 | (partialColumn ? 0xFF0000 : 0) | (partialRow ? 0xFF : 0);
            }
        }
        Image stored = new Image(copy.width(), copy.height(), pixels, Channels.RGB);

        Image upright = Orientations.upright(stored, orientation);
        Reduction extent = Orientations.upright(Reduction.of(original, 2), copy, orientation);

        assertThat(extent.original()).isEqualTo(orientation.displayed(original));
        assertThat(extent.width() * 2).isEqualTo(extent.original().width());
        assertThat(extent.height() * 2).isEqualTo(extent.original().height());
        // the column of the copy the extent does not fill is the one holding the partial data
        int partialColumn = extent.x() > 0 ? 0 : upright.width() - 1;
        int partialRow = extent.y() > 0 ? 0 : upright.height() - 1;
        int partialInX = orientation.swapsSides() ? 0x0000FF : 0xFF0000;
        int partialInY = orientation.swapsSides() ? 0xFF0000 : 0x0000FF;
        assertThat(upright.argb(partialColumn, 1) & partialInX).isEqualTo(partialInX);
        assertThat(upright.argb(1, partialRow) & partialInY).isEqualTo(partialInY);
        assertThat(extent.x() + extent.width()).isLessThanOrEqualTo(upright.width());
        assertThat(extent.y() + extent.height()).isLessThanOrEqualTo(upright.height());
    }

    private static Size size(String text) {
        String[] sides = text.split("x");
        return new Size(Integer.parseInt(sides[0]), Integer.parseInt(sides[1]));
    }
}
