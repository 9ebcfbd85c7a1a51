package dev.imgproc.filter.kernel;

/** A resampling kernel: a weight for each distance (in input pixels, before any downscale widening) from a sample. */
public enum Kernel {
    /** Point sampling: each output pixel copies the input pixel under its centre. */
    NEAREST(0.5),
    /** Triangle (bilinear when used on both axes). */
    LINEAR(1),
    /** Catmull-Rom cubic spline: sharp, slight overshoot, interpolates the samples. */
    CUBIC(2),
    /** Windowed sinc with three lobes: the sharpest, with a little ringing. */
    LANCZOS3(3);

    private final double support;

    Kernel(double support) {
        this.support = support;
    }

    /** Beyond this distance the weight is zero. */
    public double support() {
        return support;
    }

    public double weight(double x) {
        double t = Math.abs(x);
        return switch (this) {
            case NEAREST -> t < 0.5 ? 1 : 0;
            case LINEAR -> t < 1 ? 1 - t : 0;
            case CUBIC -> t < 1 ? (1.5 * t - 2.5) * t * t + 1 : t < 2 ? ((-0.5 * t + 2.5) * t - 4) * t + 2 : 0;
            case LANCZOS3 -> t < 3 ? sinc(t) * sinc(t / 3) : 0;
        };
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }
}
