package dev.imgproc.filter.kernel;

import dev.imgproc.image.Channels;

/**
 * How packed ARGB pixels split into planes for linear filtering: one plane for gray (R == G == B), three for colour,
 * then alpha when the image has it. With alpha, colour is premultiplied on the way in and divided out on the way
 * out, so that the invisible colour of transparent pixels does not bleed into their neighbours as dark fringes.
 *
 * <p>The loops here are shaped for C2's auto-vectoriser, which on JDK 25 turns a counted loop into vector
 * instructions only when it stores into one array and every load from an array of that same type uses the same
 * index (it cannot prove that two float arrays at different offsets do not overlap). So each plane is its own
 * array, packing goes plane by plane into the int output, and alpha handling is split into one loop per plane.
 * Packing a 4K row this way costs about a tenth of a nanosecond a sample.
 */
public final class PlaneLayout {
    static final float INV_255 = 1f / 255f;

    private final boolean gray;
    private final boolean alpha;

    private PlaneLayout(boolean gray, boolean alpha) {
        this.gray = gray;
        this.alpha = alpha;
    }

    public static PlaneLayout of(Channels channels) {
        return new PlaneLayout(channels.isGray(), channels.hasAlpha());
    }

    public int planes() {
        return colourPlanes() + (alpha ? 1 : 0);
    }

    public int colourPlanes() {
        return gray ? 1 : 3;
    }

    public boolean hasAlpha() {
        return alpha;
    }

    /** True for the alpha plane, the last one when there is alpha. */
    public boolean isAlpha(int plane) {
        return alpha && plane == colourPlanes();
    }

    /** The bit position of a plane's byte in a packed pixel: 0 for gray (its blue copy), 16, 8, 0 for RGB, 24 alpha. */
    public int shift(int plane) {
        if (isAlpha(plane)) {
            return 24;
        }
        return gray ? 0 : 16 - 8 * plane;
    }

    /**
     * Plane {@code plane} of {@code n} pixels from {@code src[from]} into {@code dst[to]} as floats, colour
     * premultiplied by alpha when there is alpha.
     */
    public void split(int[] src, int from, int plane, float[] dst, int to, int n) {
        int shift = shift(plane);
        if (alpha && !isAlpha(plane)) {
            for (int i = 0; i < n; i++) {
                int p = src[from + i];
                dst[to + i] = ((p >> shift) & 0xFF) * ((p >>> 24) * INV_255);
            }
        } else {
            for (int i = 0; i < n; i++) {
                dst[to + i] = (src[from + i] >>> shift) & 0xFF;
            }
        }
    }

    /**
     * Plane {@code plane} of {@code n} pixels from {@code src[from]} into {@code dst[to]} as integers: the 8-bit
     * value, or for colour with alpha the product of colour and alpha, which is the premultiplied value times 255
     * (exact in an int; the caller scales by 1/255 in its weights). The values pass through {@code staging}, as in
     * {@link #channelInts}.
     */
    public void splitInts(int[] src, int from, int plane, int[] dst, int to, int n, float[] staging) {
        int shift = shift(plane);
        if (!alpha || isAlpha(plane)) {
            channelInts(src, from, shift, dst, to, n, staging);
            return;
        }
        for (int i = 0; i < n; i++) {
            int p = src[from + i];
            staging[i] = ((p >> shift) & 0xFF) * (p >>> 24);
        }
        unstage(staging, dst, to, n);
    }

    /**
     * The byte at bit {@code shift} of {@code n} pixels from {@code src[from]} into {@code dst[to]}, through {@code
     * staging} (at least {@code n} floats; values below 2^24 are exact in a float): C2 keeps a loop from one int array
     * into another at a different offset scalar, since the two could be one array, where each loop from int to float
     * and back vectorises (a 4K blur spent a tenth of its time in the int-to-int copy).
     */
    public static void channelInts(int[] src, int from, int shift, int[] dst, int to, int n, float[] staging) {
        for (int i = 0; i < n; i++) {
            staging[i] = (src[from + i] >>> shift) & 0xFF;
        }
        unstage(staging, dst, to, n);
    }

    private static void unstage(float[] staging, int[] dst, int to, int n) {
        for (int i = 0; i < n; i++) {
            dst[to + i] = (int) staging[i];
        }
    }

    /** What {@link #splitInts} values of a plane must be multiplied by to give {@link #split}'s. */
    public float intScale(int plane) {
        return alpha && !isAlpha(plane) ? INV_255 : 1f;
    }

    /**
     * Divides colour by alpha in the first {@code n} values of the planes, after clamping alpha to 0..255; colour
     * where no alpha is left becomes 0. Does nothing without alpha.
     */
    public void unpremultiply(float[][] planes, int n) {
        if (!alpha) {
            return;
        }
        float[] a = planes[colourPlanes()];
        for (int i = 0; i < n; i++) {
            a[i] = Math.min(255f, a[i]);
        }
        for (int c = 0; c < colourPlanes(); c++) {
            float[] colour = planes[c];
            for (int i = 0; i < n; i++) {
                colour[i] *= a[i] > 0f ? 255f / a[i] : 0f;
            }
        }
    }

    /**
     * Rounds, clamps and packs the first {@code n} values of the planes into {@code dst[to]}: the first plane sets
     * each pixel, the others are or-ed in.
     */
    public void pack(float[][] planes, int n, int[] dst, int to) {
        if (gray) {
            float[] v = planes[0];
            if (alpha) {
                float[] a = planes[1];
                for (int i = 0; i < n; i++) {
                    dst[to + i] = level(a[i]) << 24 | 0x010101 * level(v[i]);
                }
            } else {
                for (int i = 0; i < n; i++) {
                    dst[to + i] = 0xFF000000 | 0x010101 * level(v[i]);
                }
            }
            return;
        }
        float[] r = planes[0];
        if (alpha) {
            float[] a = planes[3];
            for (int i = 0; i < n; i++) {
                dst[to + i] = level(a[i]) << 24 | level(r[i]) << 16;
            }
        } else {
            for (int i = 0; i < n; i++) {
                dst[to + i] = 0xFF000000 | level(r[i]) << 16;
            }
        }
        float[] g = planes[1];
        for (int i = 0; i < n; i++) {
            dst[to + i] |= level(g[i]) << 8;
        }
        float[] b = planes[2];
        for (int i = 0; i < n; i++) {
            dst[to + i] |= level(b[i]);
        }
    }

    /**
     * {@code v} rounded half up and clamped to 0..255, exactly as {@link dev.imgproc.image.Argb#clamp(float)}: for
     * {@code v <= 0} the truncation gives at most 0, NaN converts to 0, and large values saturate. Clamping after the
     * conversion, on ints, vectorises far better than {@code Math.min}/{@code max} on floats, whose NaN and -0.0 rules
     * cost extra instructions.
     */
    public static int level(float v) {
        return Math.max(0, Math.min(255, (int) (v + 0.5f)));
    }
}
