package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/**
 * Sepia tone with the usual matrix ({@code R' = .393R + .769G + .189B}, {@code G' = .349R + .686G + .168B},
 * {@code B' = .272R + .534G + .131B}, each clamped to 255), blended with the original by {@code amount}. Alpha is
 * kept; the result is colour.
 */
public record Sepia(double amount) implements Filter {
    static final Param<Double> AMOUNT = Param.decimal("amount", "0 keeps the original, 1 is full sepia", 0, 1, 1.0);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "sepia", "old-photo brown tone", "sepia=0.8", args -> new Sepia(args.get(AMOUNT)), AMOUNT);

    public Sepia {
        if (!(amount >= 0 && amount <= 1)) {
            throw new IllegalArgumentException("amount must be from 0 to 1 but was " + amount);
        }
    }

    @Override
    public Image apply(Image in) {
        int[] src = in.pixels();
        int[] dst = PixelBuffers.take(src.length);
        int width = in.width();
        Parallel.forRows(in.height(), width, (from, to) -> {
            for (int i = from * width, end = to * width; i < end; i++) {
                int p = src[i];
                int r = Argb.red(p);
                int g = Argb.green(p);
                int b = Argb.blue(p);
                double sr = Math.min(255, 0.393 * r + 0.769 * g + 0.189 * b);
                double sg = Math.min(255, 0.349 * r + 0.686 * g + 0.168 * b);
                double sb = Math.min(255, 0.272 * r + 0.534 * g + 0.131 * b);
                dst[i] = Argb.pack(Argb.alpha(p), Argb.clamp(r + amount * (sr - r)), Argb.clamp(g + amount * (sg - g)),
                        Argb.clamp(b + amount * (sb - b)));
            }
        });
        return new Image(width, in.height(), dst, in.channels().asColor());
    }
}
