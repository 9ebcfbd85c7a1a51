package dev.imgproc.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * PNG's chunk list (length, type, data, CRC after the 8-byte signature): where eXIf and iCCP are found, and how
 * a chunk is added without decoding the image. Walking it only hops from header to header.
 */
final class PngChunks {
    private static final int SIGNATURE = 8;

    /** ICC profiles of RGB spaces are a few KB; a bigger inflated iCCP is treated as hostile and ignored. */
    private static final int MAX_PROFILE_BYTES = 4 << 20;

    /** A chunk: {@code offset} is where its length field starts; its data starts 8 bytes later. */
    record Chunk(String type, int offset, int length) {
        int dataOffset() {
            return offset + 8;
        }

        int end() {
            return offset + 12 + length;
        }
    }

    private PngChunks() {}

    /** The chunks up to IEND, or up to where the data stops making sense (a truncated or corrupt file). */
    static List<Chunk> list(byte[] png) {
        List<Chunk> chunks = new ArrayList<>();
        ByteBuffer buffer = ByteBuffer.wrap(png);
        int offset = SIGNATURE;
        while (offset + 12 <= png.length) {
            int length = buffer.getInt(offset);
            if (length < 0 || length > png.length - offset - 12) {
                break;
            }
            Chunk chunk = new Chunk(new String(png, offset + 4, 4, StandardCharsets.ISO_8859_1), offset, length);
            chunks.add(chunk);
            if (chunk.type().equals("IEND")) {
                break;
            }
            offset = chunk.end();
        }
        return chunks;
    }

    static byte[] data(byte[] png, Chunk chunk) {
        return java.util.Arrays.copyOfRange(png, chunk.dataOffset(), chunk.dataOffset() + chunk.length());
    }

    /** The first chunk of a type, or null. */
    static Chunk find(byte[] png, String type) {
        return list(png).stream().filter(c -> c.type().equals(type)).findFirst().orElse(null);
    }

    /** The iCCP chunk's profile, inflated (at most {@value #MAX_PROFILE_BYTES} bytes), or null. */
    static byte[] iccProfile(byte[] png) throws DataFormatException {
        Chunk iccp = find(png, "iCCP");
        if (iccp == null) {
            return null;
        }
        byte[] data = data(png, iccp);
        int nul = 0;
        while (nul < data.length && data[nul] != 0) {
            nul++;
        }
        // profile name, NUL, compression method (0: zlib), compressed profile
        int start = nul + 2;
        return start < data.length ? inflate(data, start, MAX_PROFILE_BYTES) : null;
    }

    /** A copy with a new chunk right after IHDR (where eXIf and iCCP belong), its CRC computed. */
    static byte[] insertAfterHeader(byte[] png, String type, byte[] data) {
        int at = list(png).getFirst().end();
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        chunk.putInt(data.length).put(typeBytes).put(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        chunk.putInt((int) crc.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream(png.length + chunk.capacity());
        out.write(png, 0, at);
        out.write(chunk.array(), 0, chunk.capacity());
        out.write(png, at, png.length - at);
        return out.toByteArray();
    }

    private static byte[] inflate(byte[] data, int offset, int limit) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(data, offset, data.length - offset);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated zlib data");
                }
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw new DataFormatException("inflates past " + limit + " bytes");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
