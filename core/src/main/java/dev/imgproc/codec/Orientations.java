package dev.imgproc.codec;

import dev.imgproc.image.Image;
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
}
