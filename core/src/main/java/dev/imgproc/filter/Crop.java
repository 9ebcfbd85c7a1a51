package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.filter.spec.Region;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.util.Objects;

/**
 * Cuts a rectangle out of the image. As in ImageMagick, a region that runs past the image is clamped to it (so
 * {@code crop=800x600} of a 500x400 image keeps all of it); a region placed entirely outside the image is an error.
 * A region without an offset is placed by the gravity.
 */
public record Crop(Region region, Gravity gravity) implements Filter {
    static final Param<Region> REGION = Param.region("region", "what to keep");
    static final Param<Gravity> GRAVITY = Param.choice("gravity", "where a region without offset sits",
            Gravity.class, Gravity.CENTER);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "crop", "cut out a region, clamped to the image", "crop=800x600:gravity=north",
            args -> new Crop(args.get(REGION), args.get(GRAVITY)), REGION, GRAVITY);

    public Crop {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(gravity, "gravity");
    }

    private record Area(int x, int y, int width, int height) {}

    private Area area(Size in) {
        if (!region.hasOffset()) {
            int width = Math.min(region.width(), in.width());
            int height = Math.min(region.height(), in.height());
            return new Area(gravity.x(in.width() - width), gravity.y(in.height() - height), width, height);
        }
        if (region.x() >= in.width() || region.y() >= in.height()) {
            throw new IllegalArgumentException(
                    "crop region " + region + " lies outside the " + in + " image");
        }
        return new Area(region.x(), region.y(), Math.min(region.width(), in.width() - region.x()),
                Math.min(region.height(), in.height() - region.y()));
    }

    @Override
    public Size outputSize(Size in) {
        Area area = area(in);
        return new Size(area.width(), area.height());
    }

    @Override
    public Image apply(Image in) {
        Area area = area(in.size());
        if (area.width() == in.width() && area.height() == in.height()) {
            return in;
        }
        int[] src = in.pixels();
        int[] dst = new int[area.width() * area.height()];
        Parallel.forRows(area.height(), area.width(), (from, to) -> {
            for (int y = from; y < to; y++) {
                System.arraycopy(src, (area.y() + y) * in.width() + area.x(), dst, y * area.width(), area.width());
            }
        });
        return in.withPixels(area.width(), area.height(), dst);
    }
}
