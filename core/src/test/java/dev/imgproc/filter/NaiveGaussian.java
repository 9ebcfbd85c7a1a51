package dev.imgproc.filter;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Image;

/**
 * The textbook 2-D Gaussian, written independently of the filters to check them: each output is the normalised sum
 * of {@code exp(-(dx² + dy²) / 2σ²)} times the input over the square of radius {@code ceil(3σ)}, edges extended,
 * colour premultiplied by alpha. Slow on purpose: no separation, no floats.
 */
final class NaiveGaussian {
    private NaiveGaussian() {}

    /** Channel values A, R, G, B of the blurred pixel (x, y), un-premultiplied and unrounded. */
    static double[] at(Image in, double sigma, int x, int y) {
        int radius = (int) Math.ceil(3 * sigma);
        double a = 0;
        double r = 0;
        double g = 0;
        double b = 0;
        double total = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                double w = Math.exp(-(dx * dx + dy * dy) / (2 * sigma * sigma));
                int p = in.argb(clamp(x + dx, in.width()), clamp(y + dy, in.height()));
                double alpha = Argb.alpha(p);
                a += w * alpha;
                r += w * Argb.red(p) * alpha;
                g += w * Argb.green(p) * alpha;
                b += w * Argb.blue(p) * alpha;
                total += w;
            }
        }
        return a == 0 ? new double[4] : new double[] {a / total, r / a, g / a, b / a};
    }

    static Image blur(Image in, double sigma) {
        int[] out = new int[in.pixels().length];
        for (int y = 0; y < in.height(); y++) {
            for (int x = 0; x < in.width(); x++) {
                double[] v = at(in, sigma, x, y);
                out[y * in.width() + x] = Argb.pack(Argb.clamp(v[0]), Argb.clamp(v[1]), Argb.clamp(v[2]),
                        Argb.clamp(v[3]));
            }
        }
        return in.withPixels(in.width(), in.height(), out);
    }

    private static int clamp(int i, int length) {
        return i < 0 ? 0 : Math.min(i, length - 1);
    }
}
