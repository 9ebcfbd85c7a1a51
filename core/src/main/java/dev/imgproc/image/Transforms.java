package dev.imgproc.image;

import dev.imgproc.compute.Parallel;

/**
 * Exact, lossless pixel rearrangements: quarter turns, mirrors and transposes. Used by the rotate and flip filters
 * and to apply EXIF orientations.
 */
public final class Transforms {
    private Transforms() {}

    /** Mirror left-right. */
    public static Image flipHorizontal(Image in) {
        int w = in.width();
        int[] src = in.pixels();
        int[] dst = new int[src.length];
        Parallel.forRows(in.height(), w, (from, to) -> {
            for (int y = from; y < to; y++) {
                int row = y * w;
                for (int x = 0; x < w; x++) {
                    dst[row + x] = src[row + w - 1 - x];
                }
            }
        });
        return in.withPixels(w, in.height(), dst);
    }

    /** Mirror top-bottom. */
    public static Image flipVertical(Image in) {
        int w = in.width();
        int h = in.height();
        int[] src = in.pixels();
        int[] dst = new int[src.length];
        Parallel.forRows(h, w, (from, to) -> {
            for (int y = from; y < to; y++) {
                System.arraycopy(src, (h - 1 - y) * w, dst, y * w, w);
            }
        });
        return in.withPixels(w, h, dst);
    }

    /** Half turn. */
    public static Image rotate180(Image in) {
        int[] src = in.pixels();
        int[] dst = new int[src.length];
        int n = src.length;
        Parallel.forRows(in.height(), in.width(), (from, to) -> {
            int w = in.width();
            for (int i = from * w, end = to * w; i < end; i++) {
                dst[i] = src[n - 1 - i];
            }
        });
        return in.withPixels(in.width(), in.height(), dst);
    }

    /** Quarter turn clockwise: the top row becomes the right column. */
    public static Image rotate90(Image in) {
        return quarterTurn(in, true, false);
    }

    /** Quarter turn counter-clockwise: the top row becomes the left column. */
    public static Image rotate270(Image in) {
        return quarterTurn(in, false, true);
    }

    /** Mirror along the main diagonal: (x, y) goes to (y, x). */
    public static Image transpose(Image in) {
        return quarterTurn(in, false, false);
    }

    /** Mirror along the anti-diagonal. */
    public static Image transverse(Image in) {
        return quarterTurn(in, true, true);
    }

    /**
     * Writes source pixel (x, y) to destination column {@code mirrorX ? h-1-y : y} and row {@code mirrorY ? w-1-x :
     * x}; the four combinations are the transpose, the two quarter turns and the transverse. Works in destination
     * rows so each band writes a contiguous region.
     */
    private static Image quarterTurn(Image in, boolean mirrorX, boolean mirrorY) {
        int w = in.width();
        int h = in.height();
        int[] src = in.pixels();
        int[] dst = new int[src.length];
        // destination is h wide and w tall
        Parallel.forRows(w, h, (from, to) -> {
            for (int dy = from; dy < to; dy++) {
                int sx = mirrorY ? w - 1 - dy : dy;
                int rowStart = dy * h;
                for (int dx = 0; dx < h; dx++) {
                    int sy = mirrorX ? h - 1 - dx : dx;
                    dst[rowStart + dx] = src[sy * w + sx];
                }
            }
        });
        return in.withPixels(h, w, dst);
    }
}
