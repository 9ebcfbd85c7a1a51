package dev.imgproc.codec;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.DataBufferUShort;
import java.awt.image.DirectColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;

/**
 * Turns what an ImageIO reader returned into an {@link Image}: packed non-premultiplied sRGB ARGB, and the channels
 * the file has. The layouts readers return for photos (interleaved 8 or 16-bit samples, palettes, packed ints) are
 * copied straight from their data buffers, since {@link BufferedImage#getRGB} costs a colour-model call per pixel;
 * anything else goes through {@code getRGB}.
 *
 * <p>Gray samples are taken as they are, as every viewer shows them: Java labels gray images with a linear colour
 * space, so {@code getRGB} would brighten them (0x40 would come back as 0x89).
 */
final class Pixels {
    private Pixels() {}

    static Image toImage(BufferedImage image) {
        ColorModel model = image.getColorModel();
        if (model instanceof IndexColorModel palette) {
            return indexed(image, palette);
        }
        boolean gray = model.getColorSpace().getType() == ColorSpace.TYPE_GRAY;
        if (!gray && !model.getColorSpace().isCS_sRGB()) {
            image = IccConversion.toSrgb(image);
            model = image.getColorModel();
        }
        Channels channels = Channels.of(model.hasAlpha(), gray);
        int[] argb = model.isAlphaPremultiplied() ? null : interleaved(image.getRaster(), channels);
        if (argb == null && model instanceof DirectColorModel) {
            argb = packedInts(image);
        }
        if (argb == null) {
            argb = viaGetRgb(image);
        }
        return new Image(image.getWidth(), image.getHeight(), argb, channels);
    }

    /**
     * Interleaved samples in one bank (TYPE_3BYTE_BGR, TYPE_4BYTE_ABGR, TYPE_BYTE_GRAY, 16-bit PNGs...), read at
     * the band offsets the sample model gives; null for any other layout.
     */
    private static int[] interleaved(Raster raster, Channels channels) {
        if (!(raster.getSampleModel() instanceof ComponentSampleModel model)
                || raster.getDataBuffer().getNumBanks() != 1
                || raster.getDataBuffer().getOffset() != 0
                || raster.getSampleModelTranslateX() != 0
                || raster.getSampleModelTranslateY() != 0) {
            return null;
        }
        int expectedBands = (channels.isGray() ? 1 : 3) + (channels.hasAlpha() ? 1 : 0);
        if (model.getNumBands() != expectedBands) {
            return null;
        }
        Layout layout = new Layout(raster.getWidth(), raster.getHeight(), model.getPixelStride(),
                model.getScanlineStride(), model.getBandOffsets(), channels);
        return switch (raster.getDataBuffer()) {
            case DataBufferByte bytes -> layout.fromBytes(bytes.getData());
            case DataBufferUShort shorts -> layout.fromShorts(shorts.getData());
            default -> null;
        };
    }

    /** Where each sample of a pixel sits in an interleaved buffer. Offsets are gray or R, G, B, then alpha. */
    private record Layout(
            int width, int height, int pixelStride, int scanlineStride, int[] offsets, Channels channels) {

        int[] fromBytes(byte[] src) {
            int[] out = new int[Math.multiplyExact(width, height)];
            int s = pixelStride;
            for (int y = 0, i = 0; y < height; y++) {
                int p = y * scanlineStride;
                switch (channels) {
                    case RGB -> {
                        int r = p + offsets[0], g = p + offsets[1], b = p + offsets[2];
                        for (int x = 0; x < width; x++, i++, r += s, g += s, b += s) {
                            out[i] = 0xFF000000 | (src[r] & 0xFF) << 16 | (src[g] & 0xFF) << 8 | (src[b] & 0xFF);
                        }
                    }
                    case RGBA -> {
                        int r = p + offsets[0], g = p + offsets[1], b = p + offsets[2], a = p + offsets[3];
                        for (int x = 0; x < width; x++, i++, r += s, g += s, b += s, a += s) {
                            out[i] = (src[a] & 0xFF) << 24 | (src[r] & 0xFF) << 16 | (src[g] & 0xFF) << 8
                                    | (src[b] & 0xFF);
                        }
                    }
                    case GRAY -> {
                        for (int x = 0, v = p + offsets[0]; x < width; x++, i++, v += s) {
                            out[i] = 0xFF000000 | (src[v] & 0xFF) * 0x010101;
                        }
                    }
                    case GRAY_ALPHA -> {
                        int v = p + offsets[0], a = p + offsets[1];
                        for (int x = 0; x < width; x++, i++, v += s, a += s) {
                            out[i] = (src[a] & 0xFF) << 24 | (src[v] & 0xFF) * 0x010101;
                        }
                    }
                }
            }
            return out;
        }

        /** 16-bit samples, rounded to 8 bits (0x01FE gives 2, where keeping the high byte would give 1). */
        int[] fromShorts(short[] src) {
            int[] out = new int[Math.multiplyExact(width, height)];
            boolean gray = channels.isGray();
            int alphaOffset = channels.hasAlpha() ? offsets[offsets.length - 1] : -1;
            for (int y = 0, i = 0; y < height; y++) {
                for (int x = 0, p = y * scanlineStride; x < width; x++, i++, p += pixelStride) {
                    int a = alphaOffset < 0 ? 255 : to8(src[p + alphaOffset]);
                    int r = to8(src[p + offsets[0]]);
                    int g = gray ? r : to8(src[p + offsets[1]]);
                    int b = gray ? r : to8(src[p + offsets[2]]);
                    out[i] = a << 24 | r << 16 | g << 8 | b;
                }
            }
            return out;
        }

        private static int to8(short sample) {
            return ((sample & 0xFFFF) * 255 + 32767) / 65535;
        }
    }

    /** Palettes (palette PNG with or without tRNS, GIF, 1 to 8-bit BMP): gray when every entry is. */
    private static Image indexed(BufferedImage image, IndexColorModel palette) {
        int w = image.getWidth();
        int h = image.getHeight();
        // Corrupt files may hold indices past the palette's end: those read as opaque black, not as an exception.
        int entries = Math.max(palette.getMapSize(), 1 << Math.min(palette.getPixelSize(), 16));
        int[] colours = new int[Integer.highestOneBit(entries - 1) << 1]; // a power of two, so indices can be masked
        java.util.Arrays.fill(colours, 0xFF000000);
        palette.getRGBs(colours);
        boolean gray = true;
        for (int i = 0; i < palette.getMapSize() && gray; i++) {
            int c = colours[i];
            gray = ((c >> 16) & 0xFF) == (c & 0xFF) && ((c >> 8) & 0xFF) == (c & 0xFF);
        }
        int[] out = new int[Math.multiplyExact(w, h)];
        int[] row = new int[w];
        Raster raster = image.getRaster();
        for (int y = 0; y < h; y++) {
            raster.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = colours[row[x] & (colours.length - 1)];
            }
        }
        return new Image(w, h, out, Channels.of(palette.hasAlpha(), gray));
    }

    /** TYPE_INT_RGB and TYPE_INT_ARGB as they are; other packings through getRGB. */
    private static int[] packedInts(BufferedImage image) {
        int type = image.getType();
        if ((type != BufferedImage.TYPE_INT_RGB && type != BufferedImage.TYPE_INT_ARGB)
                || !(image.getRaster().getDataBuffer() instanceof DataBufferInt ints)
                || image.getRaster().getParent() != null) {
            return null;
        }
        int[] src = ints.getData();
        int[] out = new int[Math.multiplyExact(image.getWidth(), image.getHeight())];
        if (type == BufferedImage.TYPE_INT_ARGB) {
            System.arraycopy(src, 0, out, 0, out.length);
        } else {
            for (int i = 0; i < out.length; i++) {
                out[i] = src[i] | 0xFF000000;
            }
        }
        return out;
    }

    private static int[] viaGetRgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] out = new int[Math.multiplyExact(w, h)];
        int rowsPerCall = Math.max(1, 65536 / w);
        for (int y = 0; y < h; y += rowsPerCall) {
            int rows = Math.min(rowsPerCall, h - y);
            image.getRGB(0, y, w, rows, out, y * w, w);
        }
        return out;
    }
}
