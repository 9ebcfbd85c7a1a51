package dev.imgproc.codec;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Color;
import dev.imgproc.image.Image;

/**
 * Composites transparent pixels onto a background colour, for formats without alpha (JPEG, BMP). Writing ARGB
 * pixels to a JPEG encoder instead is the classic ImageIO bug: the alpha byte is read as a colour channel and the
 * photo comes out pink, or black where it was transparent.
 */
final class Flatten {
    private Flatten() {}

    /**
     * {@code image} over an opaque {@code background} (its own alpha is ignored: a transparent background colour
     * would leave nothing to show). Gray stays gray when the background is gray too.
     */
    static Image onto(Image image, Color background) {
        if (!image.hasAlpha()) {
            return image;
        }
        int bg = background.argb();
        int bgR = (bg >> 16) & 0xFF;
        int bgG = (bg >> 8) & 0xFF;
        int bgB = bg & 0xFF;
        int[] src = image.pixels();
        int[] out = new int[src.length];
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            int a = p >>> 24;
            if (a == 255) {
                out[i] = p;
            } else if (a == 0) {
                out[i] = 0xFF000000 | bg;
            } else {
                int r = blend((p >> 16) & 0xFF, bgR, a);
                int g = blend((p >> 8) & 0xFF, bgG, a);
                int b = blend(p & 0xFF, bgB, a);
                out[i] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        boolean gray = image.channels().isGray() && bgR == bgG && bgG == bgB;
        return new Image(image.width(), image.height(), out, Channels.of(false, gray));
    }

    /** {@code colour * a + background * (1 - a)}, rounded, with alpha in 0..255. */
    private static int blend(int colour, int background, int alpha) {
        return (colour * alpha + background * (255 - alpha) + 127) / 255;
    }
}
