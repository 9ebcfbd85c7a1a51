package dev.imgproc.filter;

import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Image;

/** Scales each colour channel's distance from mid-gray: {@code v' = (v - 128) * factor + 128}, clamped; alpha kept. */
public record Contrast(double factor) implements Filter {
    static final Param<Double> FACTOR = Param.decimal("factor", "below 1 flattens, above 1 strengthens, 1 keeps",
            0, 10, null);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "contrast", "scale the distance of each colour channel from mid-gray", "contrast=1.3",
            args -> new Contrast(args.get(FACTOR)), FACTOR);

    @Override
    public Image apply(Image in) {
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = Argb.clamp((v - 128) * factor + 128);
        }
        return ColourLut.apply(in, lut, factor, 128 - 128 * factor);
    }
}
