package dev.imgproc.filter;

import dev.imgproc.image.Image;
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
}
