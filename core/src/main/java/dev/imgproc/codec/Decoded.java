package dev.imgproc.codec;

import dev.imgproc.image.Image;

/**
 * A decoded image in sRGB, upright when decoding was asked to apply the orientation.
 *
 * @param header what the file's header said (its format, stored size and orientation)
 * @param exif the raw EXIF block (a TIFF structure, without the {@code Exif\0\0} prefix), or {@code null}
 */
public record Decoded(Image image, ImageHeader header, byte[] exif) {}
