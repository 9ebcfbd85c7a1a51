package dev.imgproc.codec;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * JPEG's marker structure, read and written without decoding: counting scans, collecting an ICC profile, and adding
 * an EXIF APP1 segment to what an encoder wrote.
 */
final class JpegMarkers {
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC_HEADER = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    /** A segment's length field counts itself (2 bytes) and must fit 16 bits. */
    static final int MAX_EXIF_BYTES = 0xFFFF - 2 - EXIF_HEADER.length;

    /**
     * libjpeg-turbo's limit for hostile input (TJFLAG_LIMITSCANS), used by both codecs: a normal progressive JPEG
     * has about ten scans, while thousands of tiny scans make a small file that costs minutes to decode.
     */
    static final int MAX_SCANS = 500;

    private JpegMarkers() {}

    /**
     * Refuses, before decoding, a progressive file with more than {@link #MAX_SCANS} scans. Only progressive scans
     * are the danger, as libjpeg-turbo's own limit says: each refines the whole image from a few bytes (a run of
     * empty blocks is one code), where a sequential scan's data grows with the area it covers. Counting reads every
     * byte of the file, so sequential files, most camera photos, are not counted.
     */
    static void checkScanCount(byte[] jpeg) throws CodecException {
        if (!isProgressive(jpeg)) {
            return;
        }
        int scans = scanCount(jpeg);
        if (scans > MAX_SCANS) {
            throw new CodecException("corrupt JPEG data: " + scans + " scans, over the limit of " + MAX_SCANS
                    + " (a decompression bomb?)");
        }
    }

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

    /**
     * True when the frame header before the first scan is a progressive one (SOF2, SOF6, SOF10 or SOF14: Huffman or
     * arithmetic coded, differential or not).
     */
    static boolean isProgressive(byte[] jpeg) {
        int at = walkTo(jpeg, marker -> marker == SOS || isProgressiveFrame(marker));
        return at >= 0 && isProgressiveFrame(jpeg[at + 1] & 0xFF);
    }

    private static boolean isProgressiveFrame(int marker) {
        return marker == 0xC2 || marker == 0xC6 || marker == 0xCA || marker == 0xCE;
    }

    /** The offset of the first SOS marker, found by hopping over the header segments, or -1. */
    private static int firstScan(byte[] jpeg) {
        return Math.max(-1, walkToFirstScan(jpeg));
    }

    /**
     * True when the data ends among the header segments, before any scan: a file cut short. Damage that breaks the
     * segment chain is not an end.
     */
    static boolean endsBeforeFirstScan(byte[] jpeg) {
        return walkToFirstScan(jpeg) == RAN_OUT;
    }

    private static final int RAN_OUT = -1;
    private static final int NOT_A_MARKER = -2;

    /** Hops over the header segments: the offset of the first SOS, or why there is none. */
    private static int walkToFirstScan(byte[] jpeg) {
        return walkTo(jpeg, marker -> marker == SOS);
    }

    /** Hops over the header segments: the offset of the first marker {@code stop} accepts, or why there is none. */
    private static int walkTo(byte[] jpeg, IntPredicate stop) {
        int at = 2;
        while (at + 4 <= jpeg.length) {
            if (jpeg[at] != (byte) 0xFF) {
                return NOT_A_MARKER;
            }
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) { // fill byte
                at++;
                continue;
            }
            if (stop.test(marker)) {
                return at;
            }
            at += 2 + ((jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF));
        }
        return RAN_OUT;
    }

    /**
     * The ICC profile of APP2 {@code ICC_PROFILE} segments, joined in their sequence order (a profile over 64 KB is
     * split over several), or null when there is none or the chunks do not make a whole profile.
     */
    static byte[] iccProfile(byte[] jpeg) {
        byte[][] chunks = null;
        int at = 2;
        while (at + 4 <= jpeg.length && jpeg[at] == (byte) 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == SOS) {
                break;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            int data = at + 4;
            int header = ICC_HEADER.length + 2; // identifier, sequence number (from 1), chunk count
            if (marker == APP2 && length >= 2 + header && at + 2 + length <= jpeg.length
                    && Arrays.equals(jpeg, data, data + ICC_HEADER.length, ICC_HEADER, 0, ICC_HEADER.length)) {
                int sequence = jpeg[data + ICC_HEADER.length] & 0xFF;
                int count = jpeg[data + ICC_HEADER.length + 1] & 0xFF;
                if (chunks == null) {
                    chunks = new byte[count][];
                }
                if (count != chunks.length || sequence < 1 || sequence > count) {
                    return null;
                }
                chunks[sequence - 1] = Arrays.copyOfRange(jpeg, data + header, at + 2 + length);
            }
            at += 2 + length;
        }
        if (chunks == null || chunks.length == 0 || Arrays.stream(chunks).anyMatch(c -> c == null)) {
            return null;
        }
        ByteArrayOutputStream profile = new ByteArrayOutputStream();
        for (byte[] chunk : chunks) {
            profile.writeBytes(chunk);
        }
        return profile.toByteArray();
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
