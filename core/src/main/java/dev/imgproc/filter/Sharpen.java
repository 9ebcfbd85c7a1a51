package dev.imgproc.filter;

import dev.imgproc.filter.kernel.Gaussian;
import dev.imgproc.filter.kernel.PlaneLayout;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/**
 * Unsharp mask: each colour channel {@code v} becomes {@code v + amount * (v - blurred)}, clamped, where
 * {@code blurred} is the {@link Blur Gaussian} of the image and only where {@code |v - blurred| > threshold}, so that
 * low-contrast noise can be left alone. Alpha is kept.
 */
public record Sharpen(double sigma, double amount, double threshold) implements Filter {
    static final Param<Double> SIGMA = Param.decimal("sigma", "radius of the detail to enhance, as the standard"
            + " deviation of the Gaussian", 0.1, 1000, 1.0);
    static final Param<Double> AMOUNT = Param.decimal("amount", "strength: 0 leaves the image as it is", 0, 10, 1.0);
    static final Param<Double> THRESHOLD = Param.decimal("threshold", "leave differences up to this many levels alone",
            0, 255, 0.0);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "sharpen", "unsharp mask: add back the difference from a Gaussian blur", "sharpen=1.5:amount=0.8",
            args -> new Sharpen(args.get(SIGMA), args.get(AMOUNT), args.get(THRESHOLD)), SIGMA, AMOUNT, THRESHOLD);

    public Sharpen {
        // the amount is applied as a float: one too large for it is infinite there
        if (!(sigma > 0) || !(amount >= 0 && Float.isFinite((float) amount)) || !(threshold >= 0)) {
            throw new IllegalArgumentException("sigma must be positive, amount finite and not negative, threshold not"
                    + " negative, but got " + sigma + ", " + amount + ", " + threshold);
        }
    }

    @Override
    public Image apply(Image in) {
        PlaneLayout layout = PlaneLayout.of(in.channels());
        int colours = layout.colourPlanes();
        int width = in.width();
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        float gain = (float) amount;
        float limit = floatBelow(threshold);
        Gaussian.blur(in, sigma, (y, x, n, planes) -> {
            int from = y * width + x;
            for (int c = 0; c < colours; c++) {
                unsharp(src, from, layout.shift(c), planes[c], n, gain, limit);
            }
            if (layout.hasAlpha()) {
                float[] alpha = planes[colours];
                for (int i = 0; i < n; i++) {
                    alpha[i] = src[from + i] >>> 24;
                }
            }
            layout.pack(planes, n, dst, from);
        });
        return in.withPixels(width, in.height(), dst);
    }

    /**
     * One channel of {@code n} pixels from {@code src[from]}: the blurred values become the sharpened ones. Both loops
     * are arithmetic only, which C2 turns into vector code, where a conditional expression kept it scalar (the
     * sharpen took twice as long as the blur it is made of). They give exactly what the definition gives: a
     * difference at or under the threshold adds {@code gain * (difference * 0)}, a signed zero, to {@code v} (the
     * amount is finite, so the product is too).
     */
    static void unsharp(int[] src, int from, int shift, float[] blurred, int n, float gain, float limit) {
        if (limit == 0f) { // every difference but 0 counts, and 0 adds nothing
            for (int i = 0; i < n; i++) {
                float v = (src[from + i] >> shift) & 0xFF;
                blurred[i] = v + gain * (v - blurred[i]);
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            float v = (src[from + i] >> shift) & 0xFF;
            float difference = v - blurred[i];
            float above = Math.signum(Math.max(0f, Math.abs(difference) - limit)); // 1 over the threshold, else 0
            blurred[i] = v + gain * (difference * above);
        }
    }

    /**
     * The float {@code t} for which {@code f > t} exactly when {@code f > threshold}, for every float {@code f}: the
     * threshold itself when a float holds it, else the float just below it. Comparing floats keeps the loop in float
     * lanes.
     */
    static float floatBelow(double threshold) {
        float t = (float) threshold;
        return t > threshold ? Math.nextDown(t) : t;
    }
}
