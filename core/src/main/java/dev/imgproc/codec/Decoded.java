package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Reduction;
import java.util.Objects;

/**
 * A decoded image in sRGB, upright when decoding was asked to apply the orientation.
 *
 * @param header what the file's header said (its format, stored size and orientation)
 * @param exif the raw EXIF block (a TIFF structure, without the {@code Exif\0\0} prefix), or {@code null}
 * @param reduction where the full image lies in {@code image}, which is smaller than it when the codec shrank it on
 *     load ({@link DecodeOptions#minimumSize()}); {@link Reduction#none} otherwise
 */
public record Decoded(Image image, ImageHeader header, byte[] exif, Reduction reduction) {
    public Decoded {
        Objects.requireNonNull(reduction, "reduction");
    }

    /** At full size. */
    public Decoded(Image image, ImageHeader header, byte[] exif) {
        this(image, header, exif, Reduction.none(image.size()));
    }
}
