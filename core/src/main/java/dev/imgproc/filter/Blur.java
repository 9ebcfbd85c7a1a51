package dev.imgproc.filter;

import dev.imgproc.filter.kernel.Gaussian;
import dev.imgproc.filter.kernel.PlaneLayout;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;

/**
 * Gaussian blur: a true (not box-approximated) Gaussian of standard deviation {@code sigma}, applied as two 1-D
 * passes in float, with edge pixels extended and colour premultiplied by alpha.
 */
public record Blur(double sigma) implements Filter {
    static final Param<Double> SIGMA = Param.decimal("sigma", "standard deviation in pixels", 0.1, 1000, 1.0);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "blur", "Gaussian blur", "blur=2", args -> new Blur(args.get(SIGMA)), SIGMA);

    public Blur {
        if (!(sigma > 0)) {
            throw new IllegalArgumentException("sigma must be positive but was " + sigma);
        }
    }

    @Override
    public Image apply(Image in) {
        PlaneLayout layout = PlaneLayout.of(in.channels());
        int width = in.width();
        int[] dst = PixelBuffers.take(in.pixels().length);
        Gaussian.blur(in, sigma, (y, x, n, planes) -> layout.pack(planes, n, dst, y * width + x));
        return in.withPixels(width, in.height(), dst);
    }
}
