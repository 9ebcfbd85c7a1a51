package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Reading JPEG's marker structure without decoding: ICC chunks, the kind of frame, and where a cut file ends. */
class JpegMarkersTest {
    private static final byte[] SOI = {(byte) 0xFF, (byte) 0xD8};

    /** An APP2 ICC_PROFILE segment: identifier, sequence number from 1, chunk count, then the data. */
    private static byte[] iccChunk(int sequence, int count, byte[] data) {
        byte[] id = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + id.length + 2 + data.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xE2);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(id);
        out.write(sequence);
        out.write(count);
        out.writeBytes(data);
        return out.toByteArray();
    }

    private static byte[] jpeg(byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SOI);
        for (byte[] segment : segments) {
            out.writeBytes(segment);
        }
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xDA, 0, 2}); // SOS
        return out.toByteArray();
    }

    @Test
    void iccChunksAreJoinedInSequenceOrderWhateverTheFileOrder() {
        byte[] jpeg = jpeg(iccChunk(2, 2, new byte[] {3, 4}), iccChunk(1, 2, new byte[] {1, 2}));

        assertThat(JpegMarkers.iccProfile(jpeg)).containsExactly(1, 2, 3, 4);
    }

    @Test
    void aMissingOrInconsistentChunkMeansNoProfile() {
        assertThat(JpegMarkers.iccProfile(jpeg(iccChunk(1, 2, new byte[] {1})))).isNull();
        assertThat(JpegMarkers.iccProfile(jpeg(iccChunk(1, 1, new byte[] {1}), iccChunk(1, 2, new byte[] {2}))))
                .isNull();
        assertThat(JpegMarkers.iccProfile(jpeg(iccChunk(0, 1, new byte[] {1})))).isNull();
        assertThat(JpegMarkers.iccProfile(Fixtures.bytes("baseline.jpg"))).isNull();
    }

    @Test
    void theAdobeRgbFixtureCarriesAnRgbProfile() {
        byte[] profile = JpegMarkers.iccProfile(Fixtures.bytes("adobe-rgb.jpg"));

        assertThat(profile).isNotNull();
        assertThat(new String(profile, 16, 4, StandardCharsets.ISO_8859_1)).isEqualTo("RGB ");
    }

    @Test
    void aFileCutAmongItsHeaderSegmentsEndsBeforeItsFirstScan() {
        byte[] whole = Fixtures.bytes("baseline.jpg");

        assertThat(JpegMarkers.endsBeforeFirstScan(whole)).isFalse();
        assertThat(JpegMarkers.endsBeforeFirstScan(Arrays.copyOf(whole, 200))).isTrue();
        assertThat(JpegMarkers.endsBeforeFirstScan(Arrays.copyOf(whole, 3))).isTrue();
        byte[] broken = whole.clone();
        broken[2] = 0x00; // the first marker is gone: damage, not a cut
        assertThat(JpegMarkers.endsBeforeFirstScan(broken)).isFalse();
    }

    /** A segment with a marker and a length field: {@code FF marker, length (2 bytes, counting itself), payload}. */
    private static byte[] segment(int marker, int payloadLength) {
        byte[] segment = new byte[4 + payloadLength];
        segment[0] = (byte) 0xFF;
        segment[1] = (byte) marker;
        segment[2] = (byte) ((payloadLength + 2) >> 8);
        segment[3] = (byte) (payloadLength + 2);
        return segment;
    }

    @Test
    void theFrameHeaderSaysWhetherScansAreProgressive() {
        assertThat(JpegMarkers.isProgressive(Fixtures.bytes("progressive.jpg"))).isTrue();
        assertThat(JpegMarkers.isProgressive(Fixtures.bytes("baseline.jpg"))).isFalse();
        assertThat(JpegMarkers.isProgressive(Fixtures.bytes("gray.jpg"))).isFalse();
        assertThat(JpegMarkers.isProgressive(Arrays.copyOf(Fixtures.bytes("progressive.jpg"), 3))).isFalse();
    }

    @Test
    void everyProgressiveFrameTypeCountsAndTablesBeforeItAreSkipped() {
        byte[] fill = {(byte) 0xFF};
        byte[] huffmanTables = segment(0xC4, 20); // DHT, whose marker is in the SOF range
        byte[] arithmeticConditioning = segment(0xCC, 2); // DAC, likewise
        for (int frame : new int[] {0xC2, 0xC6, 0xCA, 0xCE}) {
            assertThat(JpegMarkers.isProgressive(jpeg(huffmanTables, arithmeticConditioning, fill, segment(frame, 9))))
                    .as("SOF 0x%X", frame).isTrue();
        }
        for (int frame : new int[] {0xC0, 0xC1, 0xC3, 0xC9}) {
            assertThat(JpegMarkers.isProgressive(jpeg(huffmanTables, segment(frame, 9)))).as("SOF 0x%X", frame).isFalse();
        }
    }

    @Test
    void aBaselineFileHasOneScanAndAProgressiveOneSeveral() {
        assertThat(JpegMarkers.scanCount(Fixtures.bytes("progressive.jpg"))).isBetween(6, 20);
        assertThat(JpegMarkers.scanCount(Fixtures.bytes("baseline.jpg"))).isOne();
    }
}
