package dev.imgproc.filter;

/** Which way a flip mirrors. */
public enum FlipDirection {
    /** Left-right. */
    HORIZONTAL,
    /** Top-bottom. */
    VERTICAL,
    /** Both, which is a half turn. */
    BOTH
}
