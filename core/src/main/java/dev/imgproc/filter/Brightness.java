package dev.imgproc.filter;

import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Image;

/** Multiplies each colour channel by a factor, clamping at 255; alpha is kept. */
public record Brightness(double factor) implements Filter {
    static final Param<Double> FACTOR =
            Param.decimal("factor", "multiplier: below 1 darkens, above 1 brightens", 0, 10, null);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "brightness", "multiply colour channels by a factor (clamped to 255)", "brightness=1.2",
            args -> new Brightness(args.get(FACTOR)), FACTOR);

    @Override
    public Image apply(Image in) {
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = Argb.clamp(v * factor);
        }
        return ColourLut.apply(in, lut, factor, 0);
    }
}
