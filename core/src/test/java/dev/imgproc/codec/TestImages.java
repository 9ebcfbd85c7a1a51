package dev.imgproc.codec;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;

/** Images built in code, for encoder round trips. */
final class TestImages {
    private TestImages() {}

    /** Smooth colour gradients with a soft diagonal edge: photo-like, so JPEG round trips mean something. */
    static Image gradient(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 255 * x / (width - 1);
                int g = 255 * y / (height - 1);
                int b = (x + y) * 255 / (width + height - 2);
                pixels[y * width + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        return new Image(width, height, pixels, Channels.RGB);
    }

    /** Every pixel different, alpha included: what a lossless format must give back exactly. */
    static Image noise(int width, int height, Channels channels, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int p = random.nextInt();
            if (channels.isGray()) {
                p = (p & 0xFF000000) | (p & 0xFF) * 0x010101;
            }
            pixels[i] = channels.hasAlpha() ? p : p | 0xFF000000;
        }
        return new Image(width, height, pixels, channels);
    }

    /**
     * The fixtures' marker layout in code: 64x48 grey, a red 16x12 block top left, a blue one top right.
     */
    static Image marker() {
        Image image = Image.filled(64, 48, 0xFF808080, Channels.RGB);
        int[] pixels = image.pixels().clone();
        for (int y = 0; y < 12; y++) {
            for (int x = 0; x < 16; x++) {
                pixels[y * 64 + x] = 0xFFFF0000;
                pixels[y * 64 + 48 + x] = 0xFF0000FF;
            }
        }
        return image.withPixels(64, 48, pixels);
    }
}
