package dev.imgproc.codec;

import dev.imgproc.image.Size;

/**
 * The EXIF orientation tag (0x0112): how the stored pixels must be transformed to be displayed upright. Values 1 to 8
 * as in the EXIF specification; 5 to 8 swap width and height.
 */
public enum Orientation {
    TOP_LEFT(1),
    TOP_RIGHT(2),
    BOTTOM_RIGHT(3),
    BOTTOM_LEFT(4),
    LEFT_TOP(5),
    RIGHT_TOP(6),
    RIGHT_BOTTOM(7),
    LEFT_BOTTOM(8);

    private final int tag;

    Orientation(int tag) {
        this.tag = tag;
    }

    public int tag() {
        return tag;
    }

    /** The orientation for a tag value; anything outside 1..8 reads as upright, as viewers treat it. */
    public static Orientation ofTag(int tag) {
        return tag >= 1 && tag <= 8 ? values()[tag - 1] : TOP_LEFT;
    }

    public boolean swapsSides() {
        return tag >= 5;
    }

    public Size displayed(Size stored) {
        return swapsSides() ? stored.transposed() : stored;
    }
}
