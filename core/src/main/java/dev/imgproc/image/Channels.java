package dev.imgproc.image;

/**
 * Which channels of an {@link Image}'s packed ARGB pixels carry information. Storage is always ARGB; this tells
 * encoders what they may drop (a {@code GRAY} image is written as one-channel JPEG, an opaque one without alpha) and
 * filters what they must keep.
 */
public enum Channels {
    GRAY(false, true),
    GRAY_ALPHA(true, true),
    RGB(false, false),
    RGBA(true, false);

    private final boolean alpha;
    private final boolean gray;

    Channels(boolean alpha, boolean gray) {
        this.alpha = alpha;
        this.gray = gray;
    }

    public boolean hasAlpha() {
        return alpha;
    }

    /** True when R == G == B for every pixel. */
    public boolean isGray() {
        return gray;
    }

    public static Channels of(boolean alpha, boolean gray) {
        if (gray) {
            return alpha ? GRAY_ALPHA : GRAY;
        }
        return alpha ? RGBA : RGB;
    }

    public Channels withAlpha(boolean withAlpha) {
        return of(withAlpha, gray);
    }

    /** The same alpha, but colour: what a filter that may make R, G and B differ returns. */
    public Channels asColor() {
        return of(alpha, false);
    }

    public Channels asGray() {
        return of(alpha, true);
    }
}
