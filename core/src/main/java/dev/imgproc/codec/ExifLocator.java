package dev.imgproc.codec;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the EXIF block where each format keeps it: JPEG's APP1 "Exif" segment, PNG's eXIf chunk, WebP's EXIF chunk.
 * Reads headers only. TIFF files have no separate block: their first IFD holds the orientation itself.
 */
final class ExifLocator {
    /** The prefix of JPEG's APP1 segment, which some PNG and WebP writers copy along. */
    private static final byte[] EXIF_PREFIX = {'E', 'x', 'i', 'f', 0, 0};

    private ExifLocator() {}

    /**
     * The EXIF block (a TIFF structure, without the {@code Exif\0\0} prefix), or null when there is none or it cannot
     * be found in a damaged header: metadata is best effort, and never the reason a decode fails.
     */
    static byte[] find(ImageFormat format, byte[] data) {
        try {
            byte[] exif = switch (format) {
                case JPEG -> jpeg(data);
                case PNG -> png(data);
                case WEBP -> webp(data);
                case GIF, BMP, TIFF -> null;
            };
            return exif == null || exif.length < 8 ? null : exif;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] jpeg(byte[] data) throws IOException {
        List<JPEGSegment> segments =
                JPEGSegmentUtil.readSegments(new ByteArrayImageInputStream(data), JPEG.APP1, "Exif");
        if (segments.isEmpty()) {
            return null;
        }
        // data() starts after the identifier's NUL; the second NUL of "Exif\0\0" is padding
        byte[] block = segments.getFirst().data().readAllBytes();
        return block.length > 0 && block[0] == 0 ? Arrays.copyOfRange(block, 1, block.length) : block;
    }

    private static byte[] png(byte[] data) {
        PngChunks.Chunk chunk = PngChunks.find(data, "eXIf");
        return chunk == null ? null : withoutPrefix(PngChunks.data(data, chunk));
    }

    /** RIFF chunks after the 12-byte header: FourCC, little-endian size, data padded to an even length. */
    private static byte[] webp(byte[] data) {
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int offset = 12;
        while (offset + 8 <= data.length) {
            String fourcc = new String(data, offset, 4, StandardCharsets.ISO_8859_1);
            long size = buffer.getInt(offset + 4) & 0xFFFFFFFFL;
            if (size > data.length - offset - 8) {
                return null;
            }
            if (fourcc.equals("EXIF")) {
                return withoutPrefix(Arrays.copyOfRange(data, offset + 8, offset + 8 + (int) size));
            }
            offset += 8 + (int) size + (int) (size & 1);
        }
        return null;
    }

    private static byte[] withoutPrefix(byte[] block) {
        boolean prefixed = block.length >= EXIF_PREFIX.length
                && Arrays.equals(block, 0, EXIF_PREFIX.length, EXIF_PREFIX, 0, EXIF_PREFIX.length);
        return prefixed ? Arrays.copyOfRange(block, EXIF_PREFIX.length, block.length) : block;
    }
}
