package dev.imgproc.testing;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Hand-made PNGs, for what no tool writes willingly: a header claiming 100000x100000 pixels, a zTXt bomb. Shared with
 * the cli and cluster tests through core's test jar.
 */
public final class PngBuilder {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private PngBuilder() {
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    }

    /** Starts with an IHDR: 8-bit, the given colour type (2 RGB, 3 palette...), no interlacing. */
    public static PngBuilder header(int width, int height, int colourType) {
        return header(width, height, colourType, 8);
    }

    public static PngBuilder header(int width, int height, int colourType, int bitDepth) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) bitDepth).put((byte) colourType).put((byte) 0).put((byte) 0).put((byte) 0);
        return new PngBuilder().chunk("IHDR", ihdr.array());
    }

    public PngBuilder chunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return this;
    }

    /** An IDAT holding {@code raw} (filter bytes and samples) deflated. */
    public PngBuilder idat(byte[] raw) {
        return chunk("IDAT", deflate(raw));
    }

    public byte[] end() {
        chunk("IEND", new byte[0]);
        return out.toByteArray();
    }

    public static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return compressed.toByteArray();
    }
}
