package dev.imgproc.codec;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * JPEG's marker structure, read and written without decoding: counting scans, and adding an EXIF APP1 segment to
 * what an encoder wrote.
 */
final class JpegMarkers {
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    /** A segment's length field counts itself (2 bytes) and must fit 16 bits. */
    static final int MAX_EXIF_BYTES = 0xFFFF - 2 - EXIF_HEADER.length;

    private JpegMarkers() {}

    /**
     * How many SOS markers the file holds: one for baseline JPEG, about ten for a normal progressive one. Counted
     * from the first SOS on: inside entropy-coded data a 0xFF byte is always followed by 0x00 or a marker, so 0xFF
     * 0xDA there is a real scan header.
     */
    static int scanCount(byte[] jpeg) {
        int first = firstScan(jpeg);
        if (first < 0) {
            return 0;
        }
        int scans = 0;
        for (int i = first; i + 1 < jpeg.length; i++) {
            if (jpeg[i] == (byte) 0xFF && jpeg[i + 1] == (byte) SOS) {
                scans++;
            }
        }
        return scans;
    }

    /** The offset of the first SOS marker, found by hopping over the header segments, or -1. */
    private static int firstScan(byte[] jpeg) {
        int at = 2;
        while (at + 4 <= jpeg.length && jpeg[at] == (byte) 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                at++;
                continue;
            }
            if (marker == SOS) {
                return at;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return -1;
    }

    /** {@code jpeg} with an APP1 "Exif" segment holding {@code exif}, after SOI and the JFIF APP0 if there is one. */
    static byte[] withExif(byte[] jpeg, byte[] exif) throws CodecException {
        if (exif.length > MAX_EXIF_BYTES) {
            throw new CodecException("the EXIF block of " + exif.length + " bytes does not fit a JPEG APP1 segment (at"
                    + " most " + MAX_EXIF_BYTES + " bytes)");
        }
        int at = 2;
        if (jpeg.length > 6 && (jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == APP0) {
            at += 2 + ((jpeg[4] & 0xFF) << 8 | (jpeg[5] & 0xFF));
        }
        int segment = 4 + EXIF_HEADER.length + exif.length;
        ByteBuffer out = ByteBuffer.allocate(jpeg.length + segment);
        out.put(jpeg, 0, at);
        out.put((byte) 0xFF).put((byte) APP1).putShort((short) (segment - 2)).put(EXIF_HEADER).put(exif);
        out.put(jpeg, at, jpeg.length - at);
        return out.array();
    }
}
