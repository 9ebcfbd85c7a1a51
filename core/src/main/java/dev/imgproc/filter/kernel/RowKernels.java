package dev.imgproc.filter.kernel;

/**
 * The few row loops that all linear filters are made of: a weighted row added into a row of sums, for float, int and
 * double sources. Each is a plain counted loop that stores into one array and reads every array of the stored
 * type at the same index, the shape C2 vectorises (see {@link PlaneLayout}).
 *
 * <p>They are kept apart, small and shared on purpose. A whole command of 20-odd photos lasts a few seconds, and
 * the JIT's work is a large part of it: C2 spent 1.4 s compiling for a 23-photo resize-and-blur run, two thirds of
 * it on this package's large filter loops, each compiled up to three times (on-stack replacement while the first
 * image ran, then normally). One small kernel per loop shape, shared by blur, sharpen and resize, is compiled once
 * and quickly, and is fast from the second image on.
 */
final class RowKernels {
    private RowKernels() {}

    /** {@code dst[i] = w * a[i]}. */
    static void scale(float[] dst, float[] a, float w, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = w * a[i];
        }
    }

    /** {@code dst[i] += w * a[i]}. */
    static void add(float[] dst, float[] a, float w, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = Math.fma(w, a[i], dst[i]);
        }
    }

    /** {@code dst[i] += w1 a1[i] + w2 a2[i] + w3 a3[i] + w4 a4[i]}: four rows per pass over {@code dst}. */
    static void add4(float[] dst, float[] a1, float w1, float[] a2, float w2, float[] a3, float w3, float[] a4,
            float w4, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = Math.fma(w1, a1[i], Math.fma(w2, a2[i], Math.fma(w3, a3[i], Math.fma(w4, a4[i], dst[i]))));
        }
    }

    /** {@code dst[i] += w * (a[i] + b[i])}: a symmetric kernel's pair of rows. */
    static void addPair(float[] dst, float[] a, float[] b, float w, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = Math.fma(w, a[i] + b[i], dst[i]);
        }
    }

    /** {@code dst[i] += w1 (a1[i] + b1[i]) + ... + w4 (a4[i] + b4[i])}: four pairs per pass over {@code dst}. */
    static void addPairs4(float[] dst, float[] a1, float[] b1, float w1, float[] a2, float[] b2, float w2, float[] a3,
            float[] b3, float w3, float[] a4, float[] b4, float w4, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = Math.fma(w1, a1[i] + b1[i], Math.fma(w2, a2[i] + b2[i], Math.fma(w3, a3[i] + b3[i],
                    Math.fma(w4, a4[i] + b4[i], dst[i]))));
        }
    }

    /** {@code dst[i] = w * line[from + i]}. */
    static void scaleInts(float[] dst, int[] line, int from, float w, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = w * line[from + i];
        }
    }

    /** {@code dst[i] += w * (line[left + i] + line[right + i])}: a symmetric kernel's pair of taps along a line. */
    static void addIntPair(float[] dst, int[] line, int left, int right, float w, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = Math.fma(w, (float) (line[left + i] + line[right + i]), dst[i]);
        }
    }

    /** {@code dst[i] = w * src[from + i]}. */
    static void scaleDoubles(float[] dst, double[] src, int from, float w, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = w * (float) src[from + i];
        }
    }

    /** {@code dst[i] += w * src[from + i]}. */
    static void addDoubles(float[] dst, double[] src, int from, float w, int n) {
        for (int i = 0; i < n; i++) {
            dst[i] = Math.fma(w, (float) src[from + i], dst[i]);
        }
    }
}
