package dev.imgproc.testing;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import java.util.SplittableRandom;

/** Synthetic images whose every pixel a test can work out by hand. */
public final class TestImages {
    private TestImages() {}

    public static Image constant(int width, int height, int argb) {
        return Image.filled(width, height, argb, channelsOf(argb));
    }

    /** Left to right from black to white, gray: pixel x has level {@code round(255 * x / (width - 1))}. */
    public static Image gradient(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = width == 1 ? 0 : Math.round(255f * x / (width - 1));
                pixels[y * width + x] = Argb.pack(255, v, v, v);
            }
        }
        return new Image(width, height, pixels, Channels.GRAY);
    }

    /** Squares of {@code cell} pixels, black where {@code (x / cell + y / cell)} is even, white elsewhere. */
    public static Image checkerboard(int width, int height, int cell) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = ((x / cell + y / cell) & 1) == 0 ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new Image(width, height, pixels, Channels.GRAY);
    }

    /** Opaque colour noise, the same for the same seed. */
    public static Image noise(int width, int height, long seed) {
        return noise(width, height, seed, false);
    }

    /** Colour noise with random alpha too when {@code withAlpha}. */
    public static Image noise(int width, int height, long seed, boolean withAlpha) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int argb = random.nextInt();
            pixels[i] = withAlpha ? argb : argb | 0xFF000000;
        }
        return new Image(width, height, pixels, withAlpha ? Channels.RGBA : Channels.RGB);
    }

    /** Gray noise: R == G == B. */
    public static Image grayNoise(int width, int height, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int v = random.nextInt(256);
            pixels[i] = Argb.pack(255, v, v, v);
        }
        return new Image(width, height, pixels, Channels.GRAY);
    }

    /** A vertical edge: columns {@code x < edge} are {@code left}, the others {@code right}. */
    public static Image verticalEdge(int width, int height, int edge, int left, int right) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = x < edge ? left : right;
            }
        }
        return new Image(width, height, pixels, channelsOf(left, right));
    }

    /** Each pixel distinct: {@code argb = 0xFF000000 | y << 8 | x} (for images up to 256 a side). */
    public static Image numbered(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = 0xFF000000 | y << 8 | x;
            }
        }
        return new Image(width, height, pixels, Channels.RGB);
    }

    /** The narrowest channels that describe these pixels. */
    public static Channels channelsOf(int... argbs) {
        boolean alpha = false;
        boolean gray = true;
        for (int p : argbs) {
            alpha |= Argb.alpha(p) != 255;
            gray &= Argb.red(p) == Argb.green(p) && Argb.green(p) == Argb.blue(p);
        }
        return Channels.of(alpha, gray);
    }
}
