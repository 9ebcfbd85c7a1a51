package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Image;

/** Multiplies each colour channel by a factor, clamping at 255; alpha is kept. */
public record Brightness(double factor) implements Filter {
    static final Param<Double> FACTOR = Param.decimal("factor", "multiplier: below 1 darkens, above 1 brightens", 0, 10, null);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "brightness", "multiply colour channels by a factor (clamped to 255)", "brightness=1.2",
            args -> new Brightness(args.get(FACTOR)), FACTOR);

    @Override
    public Image apply(Image in) {
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            lut[v] = (int) Math.min(255, Math.round(v * factor));
        }
        int[] src = in.pixels();
        int[] dst = new int[src.length];
        int width = in.width();
        Parallel.forRows(in.height(), width, (from, to) -> {
            for (int i = from * width, end = to * width; i < end; i++) {
                int p = src[i];
                dst[i] = (p & 0xFF000000) | lut[(p >> 16) & 0xFF] << 16 | lut[(p >> 8) & 0xFF] << 8 | lut[p & 0xFF];
            }
        });
        return in.withPixels(in.width(), in.height(), dst);
    }
}
