package dev.imgproc.codec;

import dev.imgproc.testing.PngBuilder;

/** Files built to hurt: decompression bombs and lies in headers. */
final class HostileFiles {
    private HostileFiles() {}

    /** A valid PNG whose IHDR claims {@code width x height} RGB pixels, with a tiny IDAT: a decompression bomb. */
    static byte[] pngClaiming(int width, int height) {
        return PngBuilder.header(width, height, 2).idat(new byte[1 + 3 * 16]).end();
    }

    /**
     * A 2x1 palette PNG (blue, transparent) carrying a zTXt chunk that inflates to {@code megabytes} MB of zeros:
     * the JDK's PNG reader would inflate all of it, byte by byte, into memory.
     */
    static byte[] paletteWithTextBomb(int megabytes) {
        byte[] bomb = PngBuilder.deflate(new byte[megabytes << 20]);
        byte[] ztxt = new byte["Comment".length() + 2 + bomb.length];
        System.arraycopy("Comment".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, ztxt, 0, 7);
        System.arraycopy(bomb, 0, ztxt, 9, bomb.length); // keyword, NUL, compression method 0, data
        return PngBuilder.header(2, 1, 3)
                .chunk("PLTE", new byte[] {0, 0, (byte) 255, 0, 0, 0})
                .chunk("tRNS", new byte[] {(byte) 255, 0})
                .chunk("zTXt", ztxt)
                .idat(new byte[] {0, 0, 1})
                .end();
    }
}
