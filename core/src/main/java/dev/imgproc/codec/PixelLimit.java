package dev.imgproc.codec;

/** The pixel limit, judged from a header before any pixel is decoded. */
public final class PixelLimit {
    private PixelLimit() {}

    public static void check(ImageHeader header, long maxPixels) throws CodecException {
        if (header.displayed().pixels() > maxPixels) {
            throw Reasons.overLimit(header.displayed(), maxPixels);
        }
    }
}
