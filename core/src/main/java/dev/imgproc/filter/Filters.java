package dev.imgproc.filter;

import dev.imgproc.filter.spec.FilterDescriptor;
import java.util.List;

/** Every filter imgproc offers, in the order {@code imgproc filters} lists them. */
public final class Filters {
    private static final List<FilterDescriptor> ALL = List.of(
            Resize.DESCRIPTOR,
            Crop.DESCRIPTOR,
            Rotate.DESCRIPTOR,
            Flip.DESCRIPTOR,
            Blur.DESCRIPTOR,
            Sharpen.DESCRIPTOR,
            Brightness.DESCRIPTOR,
            Contrast.DESCRIPTOR,
            Grayscale.DESCRIPTOR,
            Invert.DESCRIPTOR,
            Sepia.DESCRIPTOR,
            Edges.DESCRIPTOR,
            Median.DESCRIPTOR);

    private Filters() {}

    public static List<FilterDescriptor> all() {
        return ALL;
    }
}
