package dev.imgproc.filter;

import dev.imgproc.image.Image;
import dev.imgproc.image.Reduction;
import dev.imgproc.image.Size;

/**
 * One image operation. A filter never changes the image it is given; it returns a new one (or the same instance
 * when it has nothing to do). Filters are immutable and safe to share between threads.
 *
 * <p>A filter that is expensive on large images splits its work by rows with {@link dev.imgproc.compute.Parallel},
 * so a single large image uses every core of the pool it runs in.
 */
public interface Filter {

    Image apply(Image in);

    /** The size of the image {@link #apply} returns for an input of size {@code in}, without computing it. */
    default Size outputSize(Size in) {
        return in;
    }

    /**
     * The smallest stand-in for an input of size {@code in} that this filter can start from and still give its
     * result, up to resampling: a downscaling resize needs no more pixels than it resamples to, so a JPEG can be
     * decoded at a reduced scale (shrink-on-load). The default, {@code in}, says every pixel counts.
     */
    default Size minimumInput(Size in) {
        return in;
    }

    /**
     * {@link #apply} to a reduced copy of the input (decoded at a reduced scale, no smaller than {@link #minimumInput}
     * of it), {@code reduction} saying where the full input lies in the copy: the result has the size and placement
     * {@code apply} gives the full input. Only filters that answer {@code minimumInput} with less than their input
     * need to override this.
     */
    default Image applyToReduced(Image reduced, Reduction reduction) {
        if (!reduction.isNone(reduced.size())) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " needs its whole input ("
                    + reduction.original() + "), not a reduced copy (" + reduced.size() + ")");
        }
        return apply(reduced);
    }
}
