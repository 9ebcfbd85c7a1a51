package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/** Maps R, G and B of every pixel through one 256-entry table, keeping alpha, for per-level adjustments. */
final class ColourLut {
    private ColourLut() {}

    static Image apply(Image in, int[] lut) {
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        int width = in.width();
        Parallel.forRows(in.height(), width, (from, to) -> {
            for (int i = from * width, end = to * width; i < end; i++) {
                int p = src[i];
                dst[i] = (p & 0xFF000000) | lut[(p >> 16) & 0xFF] << 16 | lut[(p >> 8) & 0xFF] << 8 | lut[p & 0xFF];
            }
        });
        return in.withPixels(width, in.height(), dst);
    }
}
