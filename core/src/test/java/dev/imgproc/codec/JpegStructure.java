package dev.imgproc.codec;

import java.util.ArrayList;
import java.util.List;

/** The header markers of a JPEG, read for assertions: which SOF, how many components, how they are sampled. */
record JpegStructure(List<Integer> markers, int frameMarker, int components, List<String> sampling) {

    static final int SOF0 = 0xC0;
    static final int SOF2 = 0xC2;
    static final int APP1 = 0xE1;

    static JpegStructure of(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int frameMarker = -1;
        int components = 0;
        List<String> sampling = new ArrayList<>();
        int at = 2;
        while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
            int marker = jpeg[at + 1] & 0xFF;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            int length = (jpeg[at + 2] & 0xFF) << 8 | (jpeg[at + 3] & 0xFF);
            if (marker >= 0xC0 && marker <= 0xC2) {
                frameMarker = marker;
                components = jpeg[at + 9] & 0xFF;
                for (int c = 0; c < components; c++) {
                    int factors = jpeg[at + 11 + 3 * c] & 0xFF;
                    sampling.add((factors >> 4) + "x" + (factors & 0xF));
                }
            }
            at += 2 + length;
        }
        return new JpegStructure(markers, frameMarker, components, sampling);
    }

    boolean has(int marker) {
        return markers.contains(marker);
    }
}
