package dev.imgproc.filter.kernel;

import dev.imgproc.image.Image;

/** The sampled, normalised Gaussian shared by blur and sharpen. */
public final class Gaussian {
    private Gaussian() {}

    /** Cutting the tails at three standard deviations drops 0.27% of the weight: under one level in any output. */
    public static int radius(double sigma) {
        return (int) Math.ceil(3 * sigma);
    }

    /** Weights {@code exp(-x² / 2σ²)} for {@code x = -radius..radius}, summing to 1. */
    public static float[] kernel(double sigma) {
        int radius = radius(sigma);
        double[] w = new double[2 * radius + 1];
        double sum = 0;
        for (int x = -radius; x <= radius; x++) {
            w[x + radius] = Math.exp(-(double) x * x / (2 * sigma * sigma));
            sum += w[x + radius];
        }
        float[] kernel = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            kernel[i] = (float) (w[i] / sum);
        }
        return kernel;
    }

    /** Blurs every plane of an image: the horizontal and vertical taps of a Gaussian with edges extended. */
    public static void blur(Image in, double sigma, RowSink sink) {
        SymmetricConvolution.apply(in, kernel(sigma), sink);
    }
}
