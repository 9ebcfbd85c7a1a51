package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/**
 * Replaces colour by its luma {@code Y = 0.2126 R + 0.7152 G + 0.0722 B} (Rec. 709, the sRGB primaries), computed on
 * the stored (gamma-encoded) values as most tools do, rounded half up. Alpha is kept.
 *
 * <p>The weights are whole ten-thousandths, so {@code Y + 1/2} is exactly {@code (2126 R + 7152 G + 722 B + 5000) /
 * 10000}: an integer numerator below 2^24, exact in a float. Multiplied by the float nearest 1/10000 it truncates to
 * the exact floor for every numerator a colour can give (all checked), as dividing did, at a lower cost. That is
 * exact for every colour, where double weights could round a sum that is exactly a half down, and it runs in float
 * lanes.
 */
public record Grayscale() implements Filter {
    private static final float TEN_THOUSANDTH = 1 / 10000f;

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "grayscale", "luma of the sRGB primaries (Rec. 709)", "grayscale", args -> new Grayscale());

    @Override
    public Image apply(Image in) {
        if (in.channels().isGray()) {
            return in;
        }
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        int width = in.width();
        Parallel.forRows(in.height(), width, (from, to) -> {
            for (int i = from * width, end = to * width; i < end; i++) {
                int p = src[i];
                int sum = 2126 * Argb.red(p) + 7152 * Argb.green(p) + 722 * Argb.blue(p) + 5000;
                int y = (int) (sum * TEN_THOUSANDTH);
                dst[i] = (p & 0xFF000000) | y << 16 | y << 8 | y;
            }
        });
        return new Image(width, in.height(), dst, in.channels().asGray());
    }
}
