package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/**
 * Sepia tone with the usual matrix ({@code R' = .393R + .769G + .189B}, {@code G' = .349R + .686G + .168B},
 * {@code B' = .272R + .534G + .131B}, each clamped to 255), blended with the original by {@code amount}, rounded half
 * up. Alpha is kept; the result is colour.
 *
 * <p>The weights are whole thousandths, so each sepia value is an exact integer number of thousandths, and the
 * blend {@code v + amount * (s - v)} is computed as {@code (amount * (s - 1000 v) + 1000 v + 500) / 1000} in float:
 * ints and floats only, one channel per loop, which C2 turns into vector code (it had been a scalar loop in double,
 * 16 times slower than invert). At full sepia the result is exactly the matrix rounded half up for every colour
 * (checked for every value and sum the matrix can give); a partial amount rounds a value within float precision of a
 * half either way.
 */
public record Sepia(double amount) implements Filter {
    static final Param<Double> AMOUNT = Param.decimal("amount", "0 keeps the original, 1 is full sepia", 0, 1, 1.0);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "sepia", "old-photo brown tone", "sepia=0.8", args -> new Sepia(args.get(AMOUNT)), AMOUNT);

    public Sepia {
        if (!(amount >= 0 && amount <= 1)) {
            throw new IllegalArgumentException("amount must be from 0 to 1 but was " + amount);
        }
    }

    @Override
    public Image apply(Image in) {
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        int width = in.width();
        float blend = (float) amount;
        Parallel.forRows(in.height(), width, (from, to) -> {
            for (int y = from; y < to; y++) {
                int start = y * width;
                int end = start + width;
                red(src, dst, start, end, blend);
                green(src, dst, start, end, blend);
                blue(src, dst, start, end, blend);
            }
        });
        return new Image(width, in.height(), dst, in.channels().asColor());
    }

    // One loop per channel over a row (in the cache for the next two), each with its own constant weights and shift:
    // C2 keeps a loop that computes all three channels scalar, and one that shifts by a variable amount too.

    /** Red of the pixels {@code [from, to)}, with their alpha: sets each pixel. */
    private static void red(int[] src, int[] dst, int from, int to, float blend) {
        for (int i = from; i < to; i++) {
            int p = src[i];
            dst[i] = (p & 0xFF000000) | tone((p >> 16) & 0xFF, sepia(p, 393, 769, 189), blend) << 16;
        }
    }

    /** Green of the pixels {@code [from, to)}, or-ed in. */
    private static void green(int[] src, int[] dst, int from, int to, float blend) {
        for (int i = from; i < to; i++) {
            int p = src[i];
            dst[i] |= tone((p >> 8) & 0xFF, sepia(p, 349, 686, 168), blend) << 8;
        }
    }

    /** Blue of the pixels {@code [from, to)}, or-ed in. */
    private static void blue(int[] src, int[] dst, int from, int to, float blend) {
        for (int i = from; i < to; i++) {
            int p = src[i];
            dst[i] |= tone(p & 0xFF, sepia(p, 272, 534, 131), blend);
        }
    }

    /** One row of the matrix applied to {@code p}, in thousandths, clamped to 255. */
    private static int sepia(int p, int wr, int wg, int wb) {
        return Math.min(255_000, wr * ((p >> 16) & 0xFF) + wg * ((p >> 8) & 0xFF) + wb * (p & 0xFF));
    }

    /** {@code v} blended towards the sepia value {@code thousandths / 1000} by {@code blend}, rounded half up. */
    static int tone(int v, int thousandths, float blend) {
        float x = (blend * (thousandths - 1000 * v) + (1000 * v + 500)) * 0.001f;
        return Math.min(255, (int) x); // x >= 0: the blend lies between v and the sepia value
    }
}
