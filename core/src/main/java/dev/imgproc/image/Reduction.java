package dev.imgproc.image;

import java.util.Objects;

/**
 * Where the full image lies in a reduced copy of it, such as a JPEG decoded at 1/4 scale: the image of size {@code
 * original} spans {@code [x, x + width)} horizontally and {@code [y, y + height)} vertically, in the copy's pixel
 * coordinates. A decoder rounds a reduced side up (1280x853 at 1/4 gives 320x214, of which the original covers
 * 213.25 rows), so the copy may hold a fraction of a pixel more than the original, on the side where the last block
 * was partial: at the end as stored, at the start once an EXIF rotation or flip has turned the copy round.
 *
 * <pre>{@code
 * Reduction.of(new Size(1280, 853), 4); // x 0, y 0, width 320.0, height 213.25
 * }</pre>
 */
public record Reduction(Size original, double x, double y, double width, double height) {

    public Reduction {
        Objects.requireNonNull(original, "original");
        if (!(width > 0 && height > 0 && x >= 0 && y >= 0)) {
            throw new IllegalArgumentException("not an extent: " + x + "," + y + " " + width + "x" + height);
        }
    }

    /** An image at full size: the copy is the image. */
    public static Reduction none(Size size) {
        return new Reduction(size, 0, 0, size.width(), size.height());
    }

    /** An image of size {@code original} reduced to 1/{@code shrink} of each side, rounded up, from the top left. */
    public static Reduction of(Size original, int shrink) {
        return new Reduction(original, 0, 0, (double) original.width() / shrink, (double) original.height() / shrink);
    }

    /** True when a copy of size {@code copy} is the image itself, pixel for pixel. */
    public boolean isNone(Size copy) {
        return copy.equals(original) && x == 0 && y == 0;
    }

    /** The extent in a copy of width {@code copyWidth} mirrored left to right. */
    public Reduction flippedHorizontally(int copyWidth) {
        return new Reduction(original, copyWidth - x - width, y, width, height);
    }

    /** The extent in a copy of height {@code copyHeight} mirrored top to bottom. */
    public Reduction flippedVertically(int copyHeight) {
        return new Reduction(original, x, copyHeight - y - height, width, height);
    }

    /** The extent in the copy mirrored along its main diagonal (rows become columns). */
    public Reduction transposed() {
        return new Reduction(original.transposed(), y, x, height, width);
    }
}
