package dev.imgproc.codec;

import dev.imgproc.image.Size;

/**
 * How to decode.
 *
 * @param autoOrient apply the EXIF orientation so the pixels come out upright (the default, as viewers show them)
 * @param maxPixels refuse images with more pixels than this, judged from the header before any pixel is decoded
 * @param minimumSize when not null, the image may be decoded smaller than stored (shrink-on-load: JPEG at 1/2, 1/4
 *     or 1/8 scale, with the native codec) as long as it still covers this size on both sides, in the orientation it
 *     is returned in; null decodes at full size. The engine sets it for each job whose filters start with a
 *     downscale ({@link dev.imgproc.filter.FilterChain#minimumInput}).
 */
public record DecodeOptions(boolean autoOrient, long maxPixels, Size minimumSize) {
    /** sharp's default limit: 0x3FFF x 0x3FFF, about 268 megapixels. */
    public static final long DEFAULT_MAX_PIXELS = 0x3FFFL * 0x3FFF;

    public static final DecodeOptions DEFAULT = new DecodeOptions(true, DEFAULT_MAX_PIXELS);

    public DecodeOptions {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("maxPixels must be positive but was " + maxPixels);
        }
    }

    /** Full-size decoding. */
    public DecodeOptions(boolean autoOrient, long maxPixels) {
        this(autoOrient, maxPixels, null);
    }

    /** These options, allowing a decode down to {@code size} (null: full size). */
    public DecodeOptions withMinimumSize(Size size) {
        return new DecodeOptions(autoOrient, maxPixels, size);
    }
}
