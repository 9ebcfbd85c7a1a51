package dev.imgproc.codec;

import dev.imgproc.image.Color;
import java.util.Objects;

/**
 * How to encode.
 *
 * @param quality JPEG quality, 1 to 100
 * @param progressive write progressive JPEG (whose Huffman tables are always optimised)
 * @param optimizeCoding JPEG: compute each image's own Huffman tables, a second pass that makes files a few percent
 *     smaller for the same pixels (off by default, as in libvips, OpenCV and Pillow; sharp and ImageMagick turn it on)
 * @param background what transparent pixels are flattened onto when the format has no alpha (JPEG, BMP)
 * @param keepMetadata copy the input's EXIF into the output (with the orientation reset once it is applied)
 */
public record EncodeOptions(int quality, boolean progressive, boolean optimizeCoding, Color background,
        boolean keepMetadata) {
    public static final int DEFAULT_QUALITY = 85;

    public static final EncodeOptions DEFAULT = new EncodeOptions(DEFAULT_QUALITY, false, false, Color.WHITE, false);

    public EncodeOptions {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality must be from 1 to 100 but was " + quality);
        }
        Objects.requireNonNull(background, "background");
    }

    /** These options with another JPEG quality. */
    public EncodeOptions withQuality(int newQuality) {
        return new EncodeOptions(newQuality, progressive, optimizeCoding, background, keepMetadata);
    }
}
