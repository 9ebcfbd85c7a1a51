package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.compute.Scratch;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/**
 * Sobel edge detection: each colour channel becomes {@code scale * sqrt(gx² + gy²)}, clamped to 255, where gx and gy
 * are the 3x3 Sobel gradients with edge pixels extended. Flat areas become 0. Alpha is kept.
 *
 * <p>The 3x3 kernels are separable, so each channel of a row is done in passes over whole rows that C2 vectorises:
 * the three input rows as floats padded with their edge values; the vertical [1 2 1] sum {@code v} and difference
 * {@code d}; copies of them shifted by one and two columns (an array copy), so that the last pass, {@code gx = v[x +
 * 2] - v[x]}, {@code gy = d[x] + 2 d[x + 1] + d[x + 2]} and the magnitude, reads every array at the same index. (C2
 * does not vectorise a loop that reads one array at {@code x}, {@code x + 1} and {@code x + 2}.) Gradients of 8-bit
 * values are small integers, exact in float, and so is {@code gx² + gy²}; the root and the rounding are done in
 * double as they always were, so the output is unchanged.
 */
public record Edges(double scale) implements Filter {
    static final Param<Double> SCALE = Param.decimal("scale", "multiplies the gradient magnitude", 0, 10, 1.0);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "edges", "Sobel gradient magnitude", "edges=0.5", args -> new Edges(args.get(SCALE)), SCALE);

    @Override
    public Image apply(Image in) {
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        int width = in.width();
        int height = in.height();
        int channels = in.channels().isGray() ? 1 : 3;
        Parallel.forRows(height, width * 4L * channels, (from, to) -> {
            float[][] rows = Scratch.rows(Scratch.Slot.LINE, 8, width + 2);
            for (int y = from; y < to; y++) {
                int row = y * width;
                int up = Math.max(0, y - 1) * width;
                int down = Math.min(height - 1, y + 1) * width;
                for (int c = 0; c < channels; c++) {
                    int shift = channels == 1 ? 0 : 16 - 8 * c;
                    load(src, up, width, shift, rows[0]);
                    load(src, row, width, shift, rows[1]);
                    load(src, down, width, shift, rows[2]);
                    gradients(rows, width);
                    int spread = channels == 1 ? 0x010101 : 1 << shift;
                    if (c == 0) {
                        first(rows, width, src, dst, row, spread);
                    } else {
                        next(rows, width, dst, row, spread);
                    }
                }
            }
        });
        return in.withPixels(width, height, dst);
    }

    /** One channel of a row into {@code line[1..width]}, with the edge values repeated at 0 and width + 1. */
    private static void load(int[] src, int from, int width, int shift, float[] line) {
        for (int x = 0; x < width; x++) {
            line[1 + x] = (src[from + x] >> shift) & 0xFF;
        }
        line[0] = line[1];
        line[width + 1] = line[width];
    }

    /**
     * From the padded rows up, mid, down (rows 0-2): the vertical sum {@code v} (row 3) and difference {@code d} (row
     * 5), and copies shifted left by two ({@code v}, row 4) and by one and two ({@code d}, rows 6 and 7).
     */
    private static void gradients(float[][] rows, int width) {
        float[] up = rows[0];
        float[] mid = rows[1];
        float[] down = rows[2];
        float[] v = rows[3];
        float[] d = rows[5];
        int n = width + 2;
        for (int x = 0; x < n; x++) {
            v[x] = up[x] + 2 * mid[x] + down[x];
        }
        for (int x = 0; x < n; x++) {
            d[x] = down[x] - up[x];
        }
        System.arraycopy(v, 2, rows[4], 0, width);
        System.arraycopy(d, 1, rows[6], 0, width);
        System.arraycopy(d, 2, rows[7], 0, width);
    }

    /** The first channel's magnitudes set the pixels, with the input's alpha. */
    private void first(float[][] rows, int width, int[] src, int[] dst, int row, int spread) {
        float[] v = rows[3];
        float[] v2 = rows[4];
        float[] d = rows[5];
        float[] d1 = rows[6];
        float[] d2 = rows[7];
        double s = scale;
        for (int x = 0; x < width; x++) {
            float gx = v2[x] - v[x];
            float gy = d[x] + 2 * d1[x] + d2[x];
            dst[row + x] = (src[row + x] & 0xFF000000) | level(s * Math.sqrt(gx * gx + gy * gy)) * spread;
        }
    }

    /** The other channels' magnitudes are or-ed in. */
    private void next(float[][] rows, int width, int[] dst, int row, int spread) {
        float[] v = rows[3];
        float[] v2 = rows[4];
        float[] d = rows[5];
        float[] d1 = rows[6];
        float[] d2 = rows[7];
        double s = scale;
        for (int x = 0; x < width; x++) {
            float gx = v2[x] - v[x];
            float gy = d[x] + 2 * d1[x] + d2[x];
            dst[row + x] |= level(s * Math.sqrt(gx * gx + gy * gy)) * spread;
        }
    }

    /** {@code Argb.clamp(double)}, with the clamping done on ints (see {@code PlaneLayout.level}). */
    private static int level(double v) {
        return Math.max(0, Math.min(255, (int) (v + 0.5)));
    }
}
