package dev.imgproc.filter;

import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Image;
import dev.imgproc.image.Transforms;
import java.util.Objects;

/** Mirrors the image; exact, pixels are only moved. */
public record Flip(FlipDirection direction) implements Filter {
    static final Param<FlipDirection> DIRECTION = Param.choice("direction", "horizontal mirrors left-right",
            FlipDirection.class, FlipDirection.HORIZONTAL);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "flip", "mirror horizontally, vertically or both", "flip=vertical", args -> new Flip(args.get(DIRECTION)),
            DIRECTION);

    public Flip {
        Objects.requireNonNull(direction, "direction");
    }

    @Override
    public Image apply(Image in) {
        return switch (direction) {
            case HORIZONTAL -> Transforms.flipHorizontal(in);
            case VERTICAL -> Transforms.flipVertical(in);
            case BOTH -> Transforms.rotate180(in);
        };
    }
}
