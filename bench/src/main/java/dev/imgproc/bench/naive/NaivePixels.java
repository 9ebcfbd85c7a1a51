package dev.imgproc.bench.naive;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;

/** Pixels in and out of {@code BufferedImage}s one call per pixel, as naive image code does. */
final class NaivePixels {
    private NaivePixels() {}

    /** Every pixel as {@code 0xAARRGGBB}, by one {@code getRGB(x, y)} call each. */
    static int[] read(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = image.getRGB(x, y);
            }
        }
        return pixels;
    }

    /** A new RGB image filled by one {@code setRGB(x, y, argb)} call per pixel. */
    static BufferedImage write(int width, int height, int[] pixels) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels[y * width + x]);
            }
        }
        return image;
    }

    /**
     * A one-channel copy of an image whose R, G and B are equal, for a gray JPEG as imgproc writes for gray results.
     * Set by raster samples, one call per pixel: {@code setRGB} on a gray image would convert to linear light and
     * change the levels.
     */
    static BufferedImage gray(BufferedImage rgb) {
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        BufferedImage gray = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = gray.getRaster();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setSample(x, y, 0, rgb.getRGB(x, y) & 0xFF);
            }
        }
        return gray;
    }
}
