package dev.imgproc.testing;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on images that say where they differ:
 *
 * <pre>{@code
 * assertThat(out).hasSize(4, 3).isCloseTo(expected, 1);
 * }</pre>
 */
public final class ImageAssert extends AbstractAssert<ImageAssert, Image> {

    private ImageAssert(Image actual) {
        super(actual, ImageAssert.class);
    }

    public static ImageAssert assertThat(Image actual) {
        return new ImageAssert(actual);
    }

    public ImageAssert hasSize(int width, int height) {
        isNotNull();
        if (actual.width() != width || actual.height() != height) {
            failWithMessage("expected size %dx%d but was %s", width, height, actual.size());
        }
        return this;
    }

    public ImageAssert hasChannels(Channels channels) {
        isNotNull();
        if (actual.channels() != channels) {
            failWithMessage("expected channels %s but was %s", channels, actual.channels());
        }
        return this;
    }

    /** Same size and every pixel identical. */
    public ImageAssert hasSamePixelsAs(Image expected) {
        return isCloseTo(expected, 0);
    }

    /** Same size and no channel of any pixel more than {@code tolerance} levels away. */
    public ImageAssert isCloseTo(Image expected, int tolerance) {
        hasSize(expected.width(), expected.height());
        int worst = -1;
        int worstDifference = tolerance;
        for (int i = 0; i < actual.pixels().length; i++) {
            int difference = Pixels.maxChannelDifference(actual.pixels()[i], expected.pixels()[i]);
            if (difference > worstDifference) {
                worst = i;
                worstDifference = difference;
            }
        }
        if (worst >= 0) {
            int x = worst % actual.width();
            int y = worst / actual.width();
            failWithMessage(
                    "expected every channel within %d levels but at (%d, %d) got %s instead of %s (%d levels off)",
                    tolerance, x, y, Pixels.hex(actual.pixels()[worst]), Pixels.hex(expected.pixels()[worst]),
                    worstDifference);
        }
        return this;
    }

    public ImageAssert hasPixel(int x, int y, int argb) {
        return hasPixelCloseTo(x, y, argb, 0);
    }

    public ImageAssert hasPixelCloseTo(int x, int y, int argb, int tolerance) {
        isNotNull();
        int pixel = actual.argb(x, y);
        if (Pixels.maxChannelDifference(pixel, argb) > tolerance) {
            failWithMessage("expected pixel (%d, %d) within %d levels of %s but was %s", x, y, tolerance,
                    Pixels.hex(argb), Pixels.hex(pixel));
        }
        return this;
    }

    /** Every pixel within {@code tolerance} levels of {@code argb}. */
    public ImageAssert isConstant(int argb, int tolerance) {
        isNotNull();
        return isCloseTo(Image.filled(actual.width(), actual.height(), argb, actual.channels()), tolerance);
    }

    /** R == G == B in every pixel, whatever the channels say. */
    public ImageAssert isGrayInEveryPixel() {
        isNotNull();
        for (int i = 0; i < actual.pixels().length; i++) {
            int p = actual.pixels()[i];
            if (Argb.red(p) != Argb.green(p) || Argb.green(p) != Argb.blue(p)) {
                failWithMessage("expected gray pixels but (%d, %d) is %s", i % actual.width(), i / actual.width(),
                        Pixels.hex(p));
            }
        }
        return this;
    }
}
