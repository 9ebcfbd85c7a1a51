package dev.imgproc.filter.kernel;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
    /** See {@link #period()}; 0 when the taps have none. */
    private final int period;
    private final int step;
    private final int periodicFrom;
    private final int periodicTo;

    private Taps(int inLength, int[] first, int[] count, int[] offset, float[] weights) {
        this(inLength, first, count, offset, weights, 0, 0, 0, 0);
    }

    private Taps(int inLength, int[] first, int[] count, int[] offset, float[] weights, int period, int step,
            int periodicFrom, int periodicTo) {
        this.inLength = inLength;
        this.first = first;
        this.count = count;
        this.offset = offset;
        this.weights = weights;
        this.period = period;
        this.step = step;
        this.periodicFrom = periodicFrom;
        this.periodicTo = periodicTo;
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
        Key key = new Key(inLength, start, extent, outLength, kernel, from, n);
        Taps taps = CACHE.get(key);
        if (taps == null) {
            taps = compute(inLength, start, extent, outLength, kernel, from, n);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(key, taps);
        }
        return taps;
    }

    /** What a set of taps is computed from. */
    private record Key(int inLength, double start, double extent, int outLength, Kernel kernel, int from, int n) {
        // by hand, as in Size: a record's are built on first use from method handles (5-10 ms of the first resize)

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.inLength == inLength && Double.compare(key.start, start) == 0
                    && Double.compare(key.extent, extent) == 0 && key.outLength == outLength
                    && key.kernel.equals(kernel) && key.from == from && key.n == n;
        }

        @Override
        public int hashCode() {
            int hash = inLength;
            hash = 31 * hash + Double.hashCode(start);
            hash = 31 * hash + Double.hashCode(extent);
            hash = 31 * hash + outLength;
            hash = 31 * hash + kernel.hashCode();
            hash = 31 * hash + from;
            return 31 * hash + n;
        }
    }

    /**
     * Taps computed before, by what they were computed from: a batch of same-sized photos needs one set per axis,
     * and computing it (a few thousand windows of sines) is as slow as resampling a small image, and made C2
     * compile it for 100 ms. Taps are immutable, so sharing them is safe.
     */
    private static final Map<Key, Taps> CACHE = new ConcurrentHashMap<>();

    private static final int CACHE_LIMIT = 64;

    private static Taps compute(int inLength, double start, double extent, int outLength, Kernel kernel, int from,
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
            return new Taps(inLength, first, count, offset, new float[] {1f});
        }
        // the samples the part touches: clipped there, as the whole input is clipped at its edges
        int low = (int) Math.floor(start);
        int high = Math.min(inLength, (int) Math.ceil(start + extent));
        double widen = Math.max(1, scale);
        double support = kernel.support() * widen;
        int maxTaps = 2 * (int) Math.ceil(support) + 1;
        // A rational scale p/q repeats every `period` outputs, `step` inputs further on. Each output's window is
        // then computed from its phase's first output and shifted by a whole number of steps, so that all the
        // outputs of a phase have bitwise the same weights: what lets the resampler run them as one convolution.
        int period = period(scale);
        int step = period == 0 ? 0 : (int) Math.round(period * scale);
        float[] weights = new float[n * maxTaps];
        double[] w = new double[maxTaps];
        int periodicFrom = n;
        int periodicTo = 0;
        for (int i = 0; i < n; i++) {
            int m = from + i;
            int shift = period == 0 ? 0 : Math.floorDiv(m, period) * step;
            double centre = start + ((period == 0 ? m : Math.floorMod(m, period)) + 0.5) * scale;
            int lo0 = (int) Math.floor(centre - support + 0.5);
            int hi0 = (int) Math.floor(centre + support + 0.5);
            int lo = Math.max(low, lo0 + shift);
            int hi = Math.min(high, hi0 + shift);
            double sum = 0;
            for (int j = lo; j < hi; j++) {
                w[j - lo] = kernel.weight((j - shift + 0.5 - centre) / widen);
                sum += w[j - lo];
            }
            first[i] = lo;
            count[i] = hi - lo;
            offset[i] = i * maxTaps;
            for (int k = 0; k < hi - lo; k++) {
                weights[offset[i] + k] = (float) (w[k] / sum);
            }
            if (lo == lo0 + shift && hi == hi0 + shift) { // not clipped: the phase's own weights
                periodicFrom = Math.min(periodicFrom, i);
                periodicTo = i + 1;
            }
        }
        if (period == 0 || periodicTo - periodicFrom < 2 * period) {
            return new Taps(inLength, first, count, offset, weights);
        }
        return new Taps(inLength, first, count, offset, weights, period, step, periodicFrom, periodicTo);
    }

    /** Periods up to this many outputs are used; past it, each phase has too few outputs to be worth a pass. */
    private static final int MAX_PERIOD = 16;

    /** The smallest p <= MAX_PERIOD for which p * scale is a whole number, or 0. */
    private static int period(double scale) {
        for (int p = 1; p <= MAX_PERIOD; p++) {
            double q = p * scale;
            if (Math.abs(q - Math.rint(q)) <= 1e-9 * q) {
                return p;
            }
        }
        return 0;
    }

    private static Taps window(int inLength, float[] kernel, int firstOfFirst, int n) {
        int[] first = new int[n];
        int[] count = new int[n];
        for (int i = 0; i < n; i++) {
            first[i] = firstOfFirst + i;
            count[i] = kernel.length;
        }
        return new Taps(inLength, first, count, new int[n], kernel);
    }

    /**
     * Outputs {@code [periodicFrom(), periodicTo())} repeat with this period: output {@code i + period()} has the
     * weights of output {@code i} and starts {@link #step()} inputs further on. 0 when the taps have no such period
     * (an irrational scale, or one whose period is too long to be worth it).
     */
    public int period() {
        return period;
    }

    public int step() {
        return step;
    }

    public int periodicFrom() {
        return periodicFrom;
    }

    public int periodicTo() {
        return periodicTo;
    }

    /** The most taps any output has. */
    public int maxCount() {
        int max = 0;
        for (int c : count) {
            max = Math.max(max, c);
        }
        return max;
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
}
