package dev.imgproc.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Tells an image's format from its first bytes, never from its file name: a PNG named {@code .jpg} is a PNG, and a
 * text file named {@code .jpg} is not an image.
 */
final class FormatSniffer {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Sizes of the BMP info headers in use (core, v1 to v5, OS/2 2); "BM" alone would match plain text. */
    private static final int[] BMP_INFO_HEADER_SIZES = {12, 16, 40, 52, 56, 64, 108, 124};

    private FormatSniffer() {}

    static ImageFormat sniff(byte[] data) throws CodecException {
        if (data.length == 0) {
            throw new CodecException("empty file");
        }
        if (startsWith(data, 0, 0xFF, 0xD8, 0xFF)) {
            return ImageFormat.JPEG;
        }
        if (data.length >= PNG.length && Arrays.equals(data, 0, PNG.length, PNG, 0, PNG.length)) {
            return ImageFormat.PNG;
        }
        if (ascii(data, 0, "GIF87a") || ascii(data, 0, "GIF89a")) {
            return ImageFormat.GIF;
        }
        if (isTiff(data)) {
            return ImageFormat.TIFF;
        }
        if (ascii(data, 0, "RIFF") && ascii(data, 8, "WEBP")) {
            return ImageFormat.WEBP;
        }
        if (isBmp(data)) {
            return ImageFormat.BMP;
        }
        String known = unsupportedKind(data);
        if (known != null) {
            throw new CodecException(known + " images are not supported");
        }
        throw new CodecException("not an image (unrecognised format)");
    }

    /** Classic TIFF ("II*\0", "MM\0*") and BigTIFF ("II+\0", "MM\0+"). */
    private static boolean isTiff(byte[] data) {
        return startsWith(data, 0, 'I', 'I', 42, 0)
                || startsWith(data, 0, 'M', 'M', 0, 42)
                || startsWith(data, 0, 'I', 'I', 43, 0)
                || startsWith(data, 0, 'M', 'M', 0, 43);
    }

    private static boolean isBmp(byte[] data) {
        if (!ascii(data, 0, "BM") || data.length < 18) {
            return false;
        }
        int infoSize = (data[14] & 0xFF) | (data[15] & 0xFF) << 8 | (data[16] & 0xFF) << 16 | (data[17] & 0xFF) << 24;
        return Arrays.stream(BMP_INFO_HEADER_SIZES).anyMatch(size -> size == infoSize);
    }

    /** Formats users meet (phones write HEIC) that imgproc cannot read: named, so the message says which. */
    private static String unsupportedKind(byte[] data) {
        if (ascii(data, 4, "ftyp") && data.length >= 12) {
            String brand = new String(data, 8, 4, StandardCharsets.ISO_8859_1);
            return switch (brand) {
                case "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1" -> "HEIC";
                case "avif", "avis" -> "AVIF";
                default -> null;
            };
        }
        if (startsWith(data, 0, 0xFF, 0x0A) || startsWith(data, 0, 0, 0, 0, 0x0C, 'J', 'X', 'L', ' ')) {
            return "JPEG XL";
        }
        return null;
    }

    private static boolean ascii(byte[] data, int offset, String text) {
        return startsWith(data, offset, text.chars().toArray());
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
