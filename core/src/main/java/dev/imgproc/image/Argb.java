package dev.imgproc.image;

/** Packing and unpacking of {@code 0xAARRGGBB} pixels. */
public final class Argb {
    private Argb() {}

    public static int alpha(int argb) {
        return argb >>> 24;
    }

    public static int red(int argb) {
        return (argb >> 16) & 0xFF;
    }

    public static int green(int argb) {
        return (argb >> 8) & 0xFF;
    }

    public static int blue(int argb) {
        return argb & 0xFF;
    }

    public static int pack(int a, int r, int g, int b) {
        return (a << 24) | (r << 16) | (g << 8) | b;
    }

    /** Packs after clamping each channel to 0..255. */
    public static int packClamped(int a, int r, int g, int b) {
        return pack(clamp(a), clamp(r), clamp(g), clamp(b));
    }

    public static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** Rounds to the nearest integer and clamps to 0..255. */
    public static int clamp(float v) {
        return v <= 0f ? 0 : v >= 255f ? 255 : (int) (v + 0.5f);
    }

    public static int clamp(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }
}
