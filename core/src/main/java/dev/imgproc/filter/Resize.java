package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.kernel.Kernel;
import dev.imgproc.filter.kernel.PlaneLayout;
import dev.imgproc.filter.kernel.Resampler;
import dev.imgproc.filter.kernel.Taps;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Geometry;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Color;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;
import dev.imgproc.image.Reduction;
import dev.imgproc.image.Size;
import java.util.Arrays;
import java.util.Objects;

/**
 * Resizes to a {@link Geometry}, meeting a box as the {@link Fit} says. Resampling is a separable convolution whose
 * kernel widens with the shrink factor, so downscaling averages instead of aliasing; colour is premultiplied by alpha.
 * With {@code >} (shrink only) or {@code <} (enlarge only) an image the resize would not shrink (enlarge) is returned
 * as it is, neither cropped nor padded.
 */
public record Resize(Geometry geometry, Fit fit, Kernel kernel, Gravity gravity, Color background) implements Filter {
    static final Param<Geometry> GEOMETRY = Param.geometry("size", "target size");
    static final Param<Fit> FIT = Param.choice("fit", "how to meet a WxH box", Fit.class, Fit.INSIDE);
    static final Param<Kernel> KERNEL = Param.choice("kernel", "resampling kernel", Kernel.class, Kernel.LANCZOS3);
    static final Param<Gravity> GRAVITY = Param.choice("gravity", "what cover keeps and where contain places the"
            + " image", Gravity.class, Gravity.CENTER);
    static final Param<Color> BACKGROUND = Param.color("background", "padding colour for fit=contain", Color.BLACK);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "resize", "scale to a size or into a box (fit: inside, cover, contain, fill, outside)",
            "resize=800x600>:fit=cover",
            args -> new Resize(args.get(GEOMETRY), args.get(FIT), args.get(KERNEL), args.get(GRAVITY),
                    args.get(BACKGROUND)),
            GEOMETRY, FIT, KERNEL, GRAVITY, BACKGROUND);

    public Resize {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(kernel, "kernel");
        Objects.requireNonNull(gravity, "gravity");
        Objects.requireNonNull(background, "background");
    }

    /**
     * The input is resampled to {@code scaled} and drawn on a {@code canvas} with its top-left corner at (x, y):
     * negative offsets crop (cover), positive ones leave a background margin (contain).
     */
    record Plan(Size scaled, Size canvas, int x, int y) {
        static Plan unchanged(Size in) {
            return new Plan(in, in, 0, 0);
        }
    }

    Plan plan(Size in) {
        Size scaled;
        Size canvas;
        if (!geometry.isBox() || geometry.ignoreAspect() || fit == Fit.FILL) {
            scaled = geometry.scaled(in);
            canvas = scaled;
        } else {
            Size box = new Size(geometry.width(), geometry.height());
            boolean keepWithin = fit == Fit.INSIDE || fit == Fit.CONTAIN;
            scaled = keepWithin ? inside(in, box) : outside(in, box);
            canvas = fit == Fit.COVER || fit == Fit.CONTAIN ? box : scaled;
        }
        boolean shrinks = scaled.width() < in.width() || scaled.height() < in.height();
        boolean enlarges = scaled.width() > in.width() || scaled.height() > in.height();
        if (geometry.limit() == Geometry.Limit.SHRINK_ONLY && !shrinks
                || geometry.limit() == Geometry.Limit.ENLARGE_ONLY && !enlarges) {
            return Plan.unchanged(in);
        }
        return new Plan(scaled, canvas, gravity.x(canvas.width() - scaled.width()),
                gravity.y(canvas.height() - scaled.height()));
    }

    private static Size inside(Size in, Size box) {
        boolean widthLimits = (long) box.width() * in.height() <= (long) box.height() * in.width();
        return widthLimits ? new Size(box.width(), follow(in.height(), box.width(), in.width()))
                : new Size(follow(in.width(), box.height(), in.height()), box.height());
    }

    private static Size outside(Size in, Size box) {
        boolean widthLimits = (long) box.width() * in.height() >= (long) box.height() * in.width();
        return widthLimits ? new Size(box.width(), follow(in.height(), box.width(), in.width()))
                : new Size(follow(in.width(), box.height(), in.height()), box.height());
    }

    /** {@code side * to / from}, rounded, at least 1. */
    private static int follow(int side, int to, int from) {
        return Math.max(1, (int) Math.round((double) side * to / from));
    }

    @Override
    public Size outputSize(Size in) {
        return plan(in).canvas();
    }

    /**
     * What is resampled: {@code scaled} (cover resamples beyond the box and crops). Nothing smaller when the resize
     * does not shrink, or with the nearest-neighbour kernel, which picks pixels rather than averaging them.
     */
    @Override
    public Size minimumInput(Size in) {
        if (kernel == Kernel.NEAREST) {
            return in;
        }
        Size scaled = plan(in).scaled();
        return new Size(Math.min(scaled.width(), in.width()), Math.min(scaled.height(), in.height()));
    }

    /**
     * Plans for the full input and resamples the part of the reduced copy it covers, so that the size, the placement
     * and the geometry (to a fraction of a pixel) are those of a full decode and resize.
     */
    @Override
    public Image applyToReduced(Image reduced, Reduction reduction) {
        return apply(reduced, reduction, plan(reduction.original()));
    }

    @Override
    public Image apply(Image in) {
        return apply(in, Reduction.none(in.size()), plan(in.size()));
    }

    private Image apply(Image in, Reduction extent, Plan plan) {
        Size canvas = plan.canvas();
        boolean whole = extent.isNone(in.size());
        if (whole && plan.scaled().equals(in.size()) && canvas.equals(in.size())) {
            return in;
        }
        // the part of the scaled image that lands on the canvas, and where
        int fromX = Math.max(0, -plan.x());
        int fromY = Math.max(0, -plan.y());
        int width = Math.min(plan.scaled().width(), canvas.width() - plan.x()) - fromX;
        int height = Math.min(plan.scaled().height(), canvas.height() - plan.y()) - fromY;
        int left = plan.x() + fromX;
        int top = plan.y() + fromY;
        Taps horizontal = Taps.resample(in.width(), extent.x(), extent.width(), plan.scaled().width(), kernel, fromX,
                width);
        Taps vertical = Taps.resample(in.height(), extent.y(), extent.height(), plan.scaled().height(), kernel, fromY,
                height);

        // every pixel is written: the scaled image covers the canvas, or the background is filled first
        int[] dst = PixelBuffers.take(canvas.arrayLength());
        boolean padded = width < canvas.width() || height < canvas.height();
        if (padded) {
            Arrays.fill(dst, background.argb());
        }
        int stride = canvas.width();
        if (kernel == Kernel.NEAREST || whole && plan.scaled().equals(in.size())) {
            copyNearest(in, horizontal, vertical, dst, top * stride + left, stride);
        } else {
            PlaneLayout layout = PlaneLayout.of(in.channels());
            Resampler.apply(in, horizontal, vertical,
                    (y, x, n, planes) -> layout.pack(planes, n, dst, (top + y) * stride + left + x));
        }
        Channels channels = padded ? background.channelsWith(in.channels()) : in.channels();
        return new Image(canvas.width(), canvas.height(), dst, channels);
    }

    /**
     * Nearest neighbour, and a crop or pad without scaling, copy pixels as they are: no float round trip, no change
     * to the colour of transparent pixels.
     */
    private static void copyNearest(Image in, Taps horizontal, Taps vertical, int[] dst, int origin, int stride) {
        int[] src = in.pixels();
        int width = horizontal.outLength();
        Parallel.forRows(vertical.outLength(), width, (from, to) -> {
            for (int y = from; y < to; y++) {
                int row = vertical.first(y) * in.width();
                int out = origin + y * stride;
                for (int x = 0; x < width; x++) {
                    dst[out + x] = src[row + horizontal.first(x)];
                }
            }
        });
    }
}
