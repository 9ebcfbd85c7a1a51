package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/** Replaces each colour channel {@code v} by {@code 255 - v}; alpha is kept. */
public record Invert() implements Filter {
    public static final FilterDescriptor DESCRIPTOR =
            FilterDescriptor.of("invert", "negative: each colour channel v becomes 255 - v", "invert", args -> new Invert());

    @Override
    public Image apply(Image in) {
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        int width = in.width();
        Parallel.forRows(in.height(), width, (from, to) -> {
            for (int i = from * width, end = to * width; i < end; i++) {
                dst[i] = src[i] ^ 0x00FFFFFF;
            }
        });
        return in.withPixels(in.width(), in.height(), dst);
    }
}
