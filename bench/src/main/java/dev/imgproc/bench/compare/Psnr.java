package dev.imgproc.bench.compare;

import dev.imgproc.image.Image;

/**
 * Peak signal-to-noise ratio between two images of the same size over their R, G and B channels:
 * {@code 10 log10(255² / MSE)} in dB. Identical images give positive infinity. Around 30 dB differences start to
 * show; 40 dB and up are hard to see.
 */
public final class Psnr {
    private Psnr() {}

    public static double of(Image a, Image b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            throw new IllegalArgumentException("PSNR needs images of one size, not " + a.size() + " and " + b.size());
        }
        int[] p = a.pixels();
        int[] q = b.pixels();
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                int d = ((p[i] >> shift) & 0xFF) - ((q[i] >> shift) & 0xFF);
                sum += d * d;
            }
        }
        double mse = sum / (3.0 * p.length);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }
}
