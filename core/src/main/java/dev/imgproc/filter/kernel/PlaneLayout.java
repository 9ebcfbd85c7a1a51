package dev.imgproc.filter.kernel;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;

/**
 * How packed ARGB pixels split into float planes for linear filtering: one plane for gray (R == G == B), three for
 * colour, then alpha when the image has it. With alpha, colour is premultiplied on the way in and divided out on the
 * way out, so that the invisible colour of transparent pixels does not bleed into their neighbours as dark fringes.
 */
public final class PlaneLayout {
    private static final float INV_255 = 1f / 255f;

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

    /** The 8-bit value a pixel holds for a plane, not premultiplied. */
    public int channel(int argb, int plane) {
        if (plane == colourPlanes()) {
            return argb >>> 24;
        }
        int shift = gray ? 0 : 16 - 8 * plane;
        return (argb >> shift) & 0xFF;
    }

    /** Splits {@code n} pixels from {@code src[from]} into {@code planes[p][to]}, premultiplied when there is alpha. */
    public void split(int[] src, int from, float[][] planes, int to, int n) {
        int colours = colourPlanes();
        for (int i = 0; i < n; i++) {
            int p = src[from + i];
            float scale = alpha ? (p >>> 24) * INV_255 : 1f;
            if (gray) {
                planes[0][to + i] = (p & 0xFF) * scale;
            } else {
                planes[0][to + i] = ((p >> 16) & 0xFF) * scale;
                planes[1][to + i] = ((p >> 8) & 0xFF) * scale;
                planes[2][to + i] = (p & 0xFF) * scale;
            }
            if (alpha) {
                planes[colours][to + i] = p >>> 24;
            }
        }
    }

    /**
     * Divides colour by alpha in the first {@code n} values of the planes, after clamping alpha to 0..255; colour
     * where no alpha is left becomes 0. Does nothing without alpha.
     */
    public void unpremultiply(float[][] planes, int n) {
        if (!alpha) {
            return;
        }
        int colours = colourPlanes();
        float[] a = planes[colours];
        for (int i = 0; i < n; i++) {
            float alphaValue = Math.min(255f, a[i]);
            a[i] = alphaValue;
            float scale = alphaValue > 0f ? 255f / alphaValue : 0f;
            for (int c = 0; c < colours; c++) {
                planes[c][i] *= scale;
            }
        }
    }

    /** Rounds, clamps and packs the first {@code n} values of the planes into {@code dst[to]}. */
    public void pack(float[][] planes, int n, int[] dst, int to) {
        for (int i = 0; i < n; i++) {
            int a = alpha ? Argb.clamp(planes[colourPlanes()][i]) : 255;
            if (gray) {
                int v = Argb.clamp(planes[0][i]);
                dst[to + i] = a << 24 | v << 16 | v << 8 | v;
            } else {
                int r = Argb.clamp(planes[0][i]);
                int g = Argb.clamp(planes[1][i]);
                dst[to + i] = a << 24 | r << 16 | g << 8 | Argb.clamp(planes[2][i]);
            }
        }
    }
}
