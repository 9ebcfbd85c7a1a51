package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/**
 * Maps R, G and B of every pixel through one 256-entry table, keeping alpha, for per-level adjustments.
 *
 * <p>Looking a level up in a table is a gather, which C2 keeps scalar: three loads per pixel, about 30 ms for a 4K
 * image. Brightness and contrast tables are a straight line rounded and clamped, so the filter also gives the line
 * {@code v * scale + offset}, and when a 16-bit fixed-point form of it, {@code (v * m + c) >> 16} with {@code m} and
 * {@code c} rounded down or up, gives back every entry of the table (checked on all 256, so the output never
 * differs), the pixels are computed with that in vector code instead, bound by reading and writing the image (half
 * the time of the table at 4K, a quarter on a 2 MP image in the cache). Where the line passes within about 0.002 of
 * a rounding boundary at some level and no such form rounds it as the table does (48 brightness factors in 10,000
 * from 0 to 10, 19 for contrast), the table is used.
 */
final class ColourLut {
    private static final int FRACTION_BITS = 16;

    private final int[] table;
    /** The fixed-point form of the table's line, or null when none gives the table. */
    private final Line line;

    /** {@code (v * m + c) >> 16}, clamped to 0..255. */
    record Line(int m, int c) {
        /** True when the line gives every entry of the table. */
        boolean matches(int[] table) {
            for (int v = 0; v < 256; v++) {
                if (level(v, m, c) != table[v]) {
                    return false;
                }
            }
            return true;
        }
    }

    private ColourLut(int[] table, Line line) {
        this.table = table;
        this.line = line;
    }

    /**
     * The fixed-point form of {@code v * scale + offset} that gives every entry of {@code table}, trying {@code m}
     * and {@code c} rounded down and up; null when none does.
     */
    static Line fit(int[] table, double scale, double offset) {
        double fixedScale = Math.scalb(scale, FRACTION_BITS);
        double fixedOffset = Math.scalb(offset + 0.5, FRACTION_BITS); // + 1/2: rounds half up, as the table does
        for (double m : new double[] {Math.floor(fixedScale), Math.ceil(fixedScale)}) {
            for (double c : new double[] {Math.floor(fixedOffset), Math.ceil(fixedOffset)}) {
                Line line = new Line((int) m, (int) c);
                if (line.matches(table)) {
                    return line;
                }
            }
        }
        return null;
    }

    /**
     * {@code table}, from the filter's definition, applied to the colour of {@code in}; {@code scale} and {@code
     * offset} describe the line the table rounds. (Brightness and contrast keep |scale| to 10 and |offset| to 1152,
     * where the fixed-point sums stay far inside an int; a line whose sums overflowed could not give the table, which
     * would then be used.)
     */
    static Image apply(Image in, int[] table, double scale, double offset) {
        return new ColourLut(table, fit(table, scale, offset)).apply(in);
    }

    private Image apply(Image in) {
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        int width = in.width();
        Parallel.forRows(in.height(), width, (from, to) -> {
            if (line != null) {
                mapLinear(src, dst, from * width, to * width);
            } else {
                mapTable(src, dst, from * width, to * width);
            }
        });
        return in.withPixels(width, in.height(), dst);
    }

    private void mapLinear(int[] src, int[] dst, int from, int to) {
        int m = line.m();
        int c = line.c();
        for (int i = from; i < to; i++) {
            int p = src[i];
            dst[i] = (p & 0xFF000000) | level((p >> 16) & 0xFF, m, c) << 16 | level((p >> 8) & 0xFF, m, c) << 8
                    | level(p & 0xFF, m, c);
        }
    }

    private void mapTable(int[] src, int[] dst, int from, int to) {
        int[] lut = table;
        for (int i = from; i < to; i++) {
            int p = src[i];
            dst[i] = (p & 0xFF000000) | lut[(p >> 16) & 0xFF] << 16 | lut[(p >> 8) & 0xFF] << 8 | lut[p & 0xFF];
        }
    }

    /** The fixed-point line at {@code v}, floored and clamped to 0..255. */
    private static int level(int v, int m, int c) {
        return Math.max(0, Math.min(255, (v * m + c) >> FRACTION_BITS));
    }
}
