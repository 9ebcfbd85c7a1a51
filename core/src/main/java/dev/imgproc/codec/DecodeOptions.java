package dev.imgproc.codec;

/**
 * How to decode.
 *
 * @param autoOrient apply the EXIF orientation so the pixels come out upright (the default, as viewers show them)
 * @param maxPixels refuse images with more pixels than this, judged from the header before any pixel is decoded
 */
public record DecodeOptions(boolean autoOrient, long maxPixels) {
    /** sharp's default limit: 0x3FFF x 0x3FFF, about 268 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 0x3FFFL * 0x3FFF;

    public static final DecodeOptions DEFAULT = new DecodeOptions(true, DEFAULT_MAX_PIXELS);

    public DecodeOptions {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive but was " + maxPixels);
        }
    }
}
