package dev.imgproc.codec;

import dev.imgproc.image.Size;
import java.util.List;

/**
 * Which factor to shrink an image by while decoding (a JPEG's DCT scaling: 1/2, 1/4, 1/8) when the pipeline needs
 * no more than {@code atLeast}: the largest that leaves the image at least twice that size on both sides, as
 * libvips' thumbnailer chooses. A reduced decode is close to a box filter; the resize after it then still shrinks by
 * two or more with its own kernel, which keeps the result within about 40 dB of a full decode and resize on photos
 * (decoding down to the target itself gives 26 to 32 dB on textured ones).
 *
 * <pre>{@code
 * // 4000x3000 stored, a 400x300 target: 1/4 gives 1000x750 (2.5x the target), 1/8 would give 500x375 (1.25x)
 * ShrinkOnLoad.factor(new Size(4000, 3000), new Size(400, 300), List.of(1, 2, 4, 8)); // 4
 * }</pre>
 */
final class ShrinkOnLoad {
    /** What the resize after the decode must still shrink by, at least. */
    static final int MARGIN = 2;

    private ShrinkOnLoad() {}

    /** The largest of {@code factors} (1 among them) that keeps {@code stored} at least MARGIN times atLeast. */
    static int factor(Size stored, Size atLeast, List<Integer> factors) {
        int chosen = 1;
        for (int factor : factors) {
            Size reduced = reduced(stored, factor);
            if ((long) reduced.width() >= (long) MARGIN * atLeast.width()
                    && (long) reduced.height() >= (long) MARGIN * atLeast.height()) {
                chosen = Math.max(chosen, factor);
            }
        }
        return chosen;
    }

    /** The size of {@code stored} decoded at 1/{@code factor}: each side rounded up, as libjpeg does. */
    static Size reduced(Size stored, int factor) {
        return new Size(Math.ceilDiv(stored.width(), factor), Math.ceilDiv(stored.height(), factor));
    }
}
