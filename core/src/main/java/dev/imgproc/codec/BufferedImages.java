package dev.imgproc.codec;

import dev.imgproc.image.Image;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * {@link Image}s as the BufferedImages ImageIO writers take, in the layout that makes each writer produce the right
 * file: one gray band for a gray PNG or one-component JPEG, gray plus alpha for a gray+alpha PNG, and the pixels
 * themselves, without a copy, for RGB and RGBA.
 */
final class BufferedImages {
    private static final DirectColorModel RGB =
            new DirectColorModel(24, 0x00FF0000, 0x0000FF00, 0x000000FF, 0);
    private static final DirectColorModel ARGB =
            new DirectColorModel(32, 0x00FF0000, 0x0000FF00, 0x000000FF, 0xFF000000);

    private BufferedImages() {}

    /** The channels the image has: gray, gray+alpha, RGB or RGBA. */
    static BufferedImage of(Image image) {
        return switch (image.channels()) {
            case GRAY -> gray(image);
            case GRAY_ALPHA -> grayAlpha(image);
            case RGB, RGBA -> packed(image);
        };
    }

    /** TYPE_INT_RGB or TYPE_INT_ARGB over the image's own array (writers only read it). */
    static BufferedImage packed(Image image) {
        DirectColorModel model = image.hasAlpha() ? ARGB : RGB;
        int w = image.width();
        DataBufferInt buffer = new DataBufferInt(image.pixels(), image.pixels().length);
        WritableRaster raster = Raster.createPackedRaster(buffer, w, image.height(), w, model.getMasks(), null);
        return new BufferedImage(model, raster, false, null);
    }

    /**
     * TYPE_3BYTE_BGR, ignoring alpha: what the JDK's JPEG writer reads fastest (it converts packed ints through a
     * slow path, and twice with optimised Huffman tables: 10% of a 4K encode), and a plain 24-bit BMP.
     */
    static BufferedImage bgr(Image image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] bytes = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] src = image.pixels();
        for (int i = 0, j = 0; i < src.length; i++, j += 3) {
            int p = src[i];
            bytes[j] = (byte) p;
            bytes[j + 1] = (byte) (p >> 8);
            bytes[j + 2] = (byte) (p >> 16);
        }
        return out;
    }

    /** TYPE_BYTE_GRAY from the blue channel (R, G and B are equal in a gray image). */
    static BufferedImage gray(Image image) {
        BufferedImage out = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_BYTE_GRAY);
        byte[] bytes = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        int[] src = image.pixels();
        for (int i = 0; i < src.length; i++) {
            bytes[i] = (byte) src[i];
        }
        return out;
    }

    /** Two interleaved byte bands, gray then alpha, non-premultiplied. */
    static BufferedImage grayAlpha(Image image) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        int w = image.width();
        int h = image.height();
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 2 * w, 2, new int[] {0, 1},
                null);
        byte[] bytes = ((DataBufferByte) raster.getDataBuffer()).getData();
        int[] src = image.pixels();
        for (int i = 0, j = 0; i < src.length; i++, j += 2) {
            bytes[j] = (byte) src[i];
            bytes[j + 1] = (byte) (src[i] >>> 24);
        }
        return new BufferedImage(model, raster, false, null);
    }
}
