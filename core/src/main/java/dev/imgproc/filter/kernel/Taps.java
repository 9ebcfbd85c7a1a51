package dev.imgproc.filter.kernel;

/**
 * The weights of a 1-D linear filter from {@code inLength} input samples to {@link #outLength()} output samples:
 * output {@code i} is the sum over {@code k < count(i)} of {@code weight(i, k) * input[first(i) + k]}. Indices before
 * 0 or past the end read the edge sample (the edge extends), so a convolution kernel may run off the image.
 */
public final class Taps {
    private final int inLength;
    private final int[] first;
    private final int[] count;
    private final int[] offset;
    private final float[] weights;
    /** Every output uses the same weights from index 0 and first(i) = first(0) + i: a plain convolution. */
    private final boolean shared;

    private Taps(int inLength, int[] first, int[] count, int[] offset, float[] weights, boolean shared) {
        this.inLength = inLength;
        this.first = first;
        this.count = count;
        this.offset = offset;
        this.weights = weights;
        this.shared = shared;
    }

    /** Convolution of {@code length} samples with an odd-length kernel centred on each sample. */
    public static Taps convolution(int length, float[] kernel) {
        return window(length, kernel, -(kernel.length / 2), length);
    }

    /**
     * Resampling from {@code inLength} to {@code outLength} samples, keeping only outputs {@code [from, from + n)}
     * (a crop for free). Sample {@code i} sits at {@code i + 0.5}; when shrinking, the kernel widens by the scale
     * factor so that it averages what it skips (antialiasing), as in Pillow and libvips. Weights are clipped to the
     * input and renormalised to sum to 1.
     */
    public static Taps resample(int inLength, int outLength, Kernel kernel, int from, int n) {
        return resample(inLength, 0, inLength, outLength, kernel, from, n);
    }

    /**
     * Resampling the part {@code [start, start + extent)} of {@code inLength} samples to {@code outLength}: a copy
     * decoded at a reduced scale whose last sample covers less than the others (a {@link
     * dev.imgproc.image.Reduction}). The same as {@link #resample(int, int, Kernel, int, int)} when the part is the
     * whole input.
     */
    public static Taps resample(int inLength, double start, double extent, int outLength, Kernel kernel, int from,
            int n) {
        if (inLength == outLength && start == 0 && extent == inLength) {
            return window(inLength, new float[] {1f}, from, n);
        }
        double scale = extent / outLength;
        int[] first = new int[n];
        int[] count = new int[n];
        int[] offset = new int[n];
        if (kernel == Kernel.NEAREST) {
            for (int i = 0; i < n; i++) {
                first[i] = Math.min(inLength - 1, (int) (start + (from + i + 0.5) * scale));
                count[i] = 1;
            }
            return new Taps(inLength, first, count, offset, new float[] {1f}, false);
        }
        // the samples the part touches: clipped there, as the whole input is clipped at its edges
        int low = (int) Math.floor(start);
        int high = Math.min(inLength, (int) Math.ceil(start + extent));
        double widen = Math.max(1, scale);
        double support = kernel.support() * widen;
        int maxTaps = 2 * (int) Math.ceil(support) + 1;
        float[] weights = new float[n * maxTaps];
        double[] w = new double[maxTaps];
        for (int i = 0; i < n; i++) {
            double centre = start + (from + i + 0.5) * scale;
            int lo = Math.max(low, (int) Math.floor(centre - support + 0.5));
            int hi = Math.min(high, (int) Math.floor(centre + support + 0.5));
            double sum = 0;
            for (int j = lo; j < hi; j++) {
                w[j - lo] = kernel.weight((j + 0.5 - centre) / widen);
                sum += w[j - lo];
            }
            first[i] = lo;
            count[i] = hi - lo;
            offset[i] = i * maxTaps;
            for (int k = 0; k < hi - lo; k++) {
                weights[offset[i] + k] = (float) (w[k] / sum);
            }
        }
        return new Taps(inLength, first, count, offset, weights, false);
    }

    private static Taps window(int inLength, float[] kernel, int firstOfFirst, int n) {
        int[] first = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = firstOfFirst + i;
            count[i] = kernel.length;
        }
        return new Taps(inLength, first, count, new int[n], kernel, true);
    }

    public int inLength() {
        return inLength;
    }

    public int outLength() {
        return first.length;
    }

    public int first(int i) {
        return first[i];
    }

    public int count(int i) {
        return count[i];
    }

    public float weight(int i, int k) {
        return weights[offset[i] + k];
    }

    /** How many samples before index 0 the filter reads. */
    public int padBefore() {
        return Math.max(0, -first[0]);
    }

    /** How many samples past the end the filter reads. */
    public int padAfter() {
        int last = first.length - 1;
        return Math.max(0, first[last] + count[last] - inLength);
    }

    /** The first input sample read, after clamping to the input. */
    public int readFrom() {
        return clampIndex(first[0]);
    }

    /** One past the last input sample read, after clamping to the input. */
    public int readTo() {
        int last = first.length - 1;
        return clampIndex(first[last] + count[last] - 1) + 1;
    }

    public int clampIndex(int i) {
        return i < 0 ? 0 : Math.min(i, inLength - 1);
    }

    /**
     * Filters one line: {@code src[origin + j]} holds input sample {@code j}, and {@link #padBefore()} /
     * {@link #padAfter()} samples either side hold the edge values. Writes {@link #outLength()} values from
     * {@code dst[to]}.
     */
    public void apply(float[] src, int origin, float[] dst, int to) {
        int n = first.length;
        if (shared) {
            // Kernel-major order: each pass is a multiply-add over contiguous arrays, which the JIT vectorises.
            java.util.Arrays.fill(dst, to, to + n, 0f);
            int base = origin + first[0];
            for (int k = 0; k < weights.length; k++) {
                float w = weights[k];
                int s = base + k;
                for (int i = 0; i < n; i++) {
                    dst[to + i] += w * src[s + i];
                }
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            int s = origin + first[i];
            int o = offset[i];
            float sum = 0f;
            for (int k = 0, c = count[i]; k < c; k++) {
                sum += weights[o + k] * src[s + k];
            }
            dst[to + i] = sum;
        }
    }
}
