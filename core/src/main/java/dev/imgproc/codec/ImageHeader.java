package dev.imgproc.codec;

import dev.imgproc.image.Size;

/**
 * What an image's header says, read without decoding its pixels.
 *
 * @param stored the size of the pixels as stored in the file
 * @param orientation the EXIF orientation, {@link Orientation#TOP_LEFT} when there is none
 */
public record ImageHeader(ImageFormat format, Size stored, Orientation orientation) {

    /** The size as displayed, after the orientation is applied. */
    public Size displayed() {
        return orientation.displayed(stored);
    }
}
