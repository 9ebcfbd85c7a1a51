package dev.imgproc.testing;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Image;

/** Channel-level comparisons of pixels and images. */
public final class Pixels {
    private Pixels() {}

    /** The largest difference between corresponding channels (A, R, G, B) of two pixels. */
    public static int maxChannelDifference(int a, int b) {
        int d = Math.abs(Argb.alpha(a) - Argb.alpha(b));
        d = Math.max(d, Math.abs(Argb.red(a) - Argb.red(b)));
        d = Math.max(d, Math.abs(Argb.green(a) - Argb.green(b)));
        return Math.max(d, Math.abs(Argb.blue(a) - Argb.blue(b)));
    }

    /** The largest channel difference over all pixels of two images of the same size. */
    public static int maxChannelDifference(Image a, Image b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException("sizes differ: " + a.size() + " and " + b.size());
        }
        int max = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            max = Math.max(max, maxChannelDifference(a.pixels()[i], b.pixels()[i]));
        }
        return max;
    }

    /** Peak signal-to-noise ratio over R, G and B, in dB, of two images of the same size: above 40 looks the same. */
    public static double psnr(Image a, Image b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException("sizes differ: " + a.size() + " and " + b.size());
        }
        double squares = 0;
        for (int i = 0; i < a.pixels().length; i++) {
            int p = a.pixels()[i];
            int q = b.pixels()[i];
            int dr = Argb.red(p) - Argb.red(q);
            int dg = Argb.green(p) - Argb.green(q);
            int db = Argb.blue(p) - Argb.blue(q);
            squares += dr * dr + dg * dg + db * db;
        }
        double mse = squares / (3.0 * a.pixels().length);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /** {@code #aarrggbb}, easier to read in failure messages than a decimal int. */
    public static String hex(int argb) {
        return String.format("#%08x", argb);
    }
}
