package dev.imgproc.image;

import java.util.Objects;

/**
 * A decoded image: packed, non-premultiplied 8-bit ARGB pixels ({@code 0xAARRGGBB}) in row-major order, indexed
 * {@code pixels()[y * width + x]}.
 *
 * <p>Images are values: filters never change the image they are given, they return a new one. The pixel array is
 * handed out without a copy for speed, so code that receives an {@code Image} must not write into {@link #pixels()};
 * code that builds one hands over its array and stops writing to it.
 *
 * <pre>{@code
 * Image red = Image.filled(2, 2, 0xFFFF0000, Channels.RGB);
 * int p = red.argb(1, 1); // 0xFFFF0000
 * }</pre>
 */
public final class Image {
    private final int width;
    private final int height;
    private final int[] pixels;
    private final Channels channels;

    public Image(int width, int height, int[] pixels, Channels channels) {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image must be at least 1x1 but was " + width + "x" + height);
        }
        if ((long) width * height > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("image of " + width + "x" + height + " pixels is too large for one array");
        }
        if (pixels.length != width * height) {
            throw new IllegalArgumentException(
                    "expected " + width * height + " pixels for " + width + "x" + height + " but got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.channels = Objects.requireNonNull(channels, "channels");
    }

    public static Image filled(int width, int height, int argb, Channels channels) {
        int[] pixels = new int[Math.multiplyExact(width, height)];
        java.util.Arrays.fill(pixels, argb);
        return new Image(width, height, pixels, channels);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Size size() {
        return new Size(width, height);
    }

    public Channels channels() {
        return channels;
    }

    public boolean hasAlpha() {
        return channels.hasAlpha();
    }

    /** The backing array; read it, never write it. */
    public int[] pixels() {
        return pixels;
    }

    public int argb(int x, int y) {
        return pixels[y * width + x];
    }

    /** A new image with other pixels (and possibly size) but the same channels. */
    public Image withPixels(int newWidth, int newHeight, int[] newPixels) {
        return new Image(newWidth, newHeight, newPixels, channels);
    }

    public Image withChannels(Channels newChannels) {
        return newChannels == channels ? this : new Image(width, height, pixels, newChannels);
    }

    /** Bytes of pixel memory this image holds. */
    public long byteSize() {
        return 4L * pixels.length;
    }

    @Override
    public String toString() {
        return "Image[" + width + "x" + height + " " + channels + "]";
    }
}
