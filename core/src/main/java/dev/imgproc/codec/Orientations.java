package dev.imgproc.codec;

import dev.imgproc.image.Image;
import dev.imgproc.image.Reduction;
import dev.imgproc.image.Size;
import dev.imgproc.image.Transforms;

/** Turns stored pixels upright, as viewers show them, by the EXIF orientation's transform. */
final class Orientations {
    private Orientations() {}

    static Image upright(Image stored, Orientation orientation) {
        return switch (orientation) {
            case TOP_LEFT -> stored;
            case TOP_RIGHT -> Transforms.flipHorizontal(stored);
            case BOTTOM_RIGHT -> Transforms.rotate180(stored);
            case BOTTOM_LEFT -> Transforms.flipVertical(stored);
            case LEFT_TOP -> Transforms.transpose(stored);
            case RIGHT_TOP -> Transforms.rotate90(stored);
            case RIGHT_BOTTOM -> Transforms.transverse(stored);
            case LEFT_BOTTOM -> Transforms.rotate270(stored);
        };
    }

    /**
     * Where the full image lies in a reduced copy once {@link #upright} has turned the copy: the same transform, on the
     * extent. {@code copy} is the stored copy's size.
     */
    static Reduction upright(Reduction stored, Size copy, Orientation orientation) {
        return switch (orientation) {
            case TOP_LEFT -> stored;
            case TOP_RIGHT -> stored.flippedHorizontally(copy.width());
            case BOTTOM_RIGHT -> stored.flippedHorizontally(copy.width()).flippedVertically(copy.height());
            case BOTTOM_LEFT -> stored.flippedVertically(copy.height());
            case LEFT_TOP -> stored.transposed();
            // a quarter turn clockwise is a transpose, then a mirror; the transposed copy is copy.transposed()
            case RIGHT_TOP -> stored.transposed().flippedHorizontally(copy.height());
            case RIGHT_BOTTOM -> stored.transposed().flippedHorizontally(copy.height()).flippedVertically(copy.width());
            case LEFT_BOTTOM -> stored.transposed().flippedVertically(copy.width());
        };
    }
}
