package dev.imgproc.filter;

/** How a resize meets a box of both width and height, with sharp's names and meanings. */
public enum Fit {
    /** As large as possible inside the box, keeping the aspect ratio. */
    INSIDE,
    /** Cover the box keeping the aspect ratio, then crop what sticks out (placed by gravity). */
    COVER,
    /** Fit inside the box keeping the aspect ratio, then pad to the box with the background (placed by gravity). */
    CONTAIN,
    /** Stretch to the box, ignoring the aspect ratio. */
    FILL,
    /** As small as possible while covering the box, keeping the aspect ratio; nothing is cropped. */
    OUTSIDE
}
