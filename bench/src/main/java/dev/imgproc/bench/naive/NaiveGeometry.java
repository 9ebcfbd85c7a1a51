package dev.imgproc.bench.naive;

/**
 * Output sizes of the naive resizes, worked out here rather than taken from imgproc, so that a test can check that
 * both agree on the geometry of every pipeline's output.
 */
final class NaiveGeometry {
    private NaiveGeometry() {}

    /** As large as possible inside {@code boxWidth x boxHeight}, keeping the aspect ratio (imgproc's fit=inside). */
    static int[] fitInside(int width, int height, int boxWidth, int boxHeight) {
        if ((long) boxWidth * height <= (long) boxHeight * width) {
            return new int[] {boxWidth, scale(height, boxWidth, width)};
        }
        return new int[] {scale(width, boxHeight, height), boxHeight};
    }

    /** {@code targetWidth} wide, the height following the aspect ratio. */
    static int[] toWidth(int width, int height, int targetWidth) {
        return new int[] {targetWidth, scale(height, targetWidth, width)};
    }

    /** {@code side * to / from}, rounded half up, at least 1. */
    private static int scale(int side, int to, int from) {
        return Math.max(1, (int) Math.round((double) side * to / from));
    }
}
