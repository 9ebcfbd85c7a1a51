package dev.imgproc.filter;

import dev.imgproc.filter.spec.SpecParser;
import dev.imgproc.image.Image;
import dev.imgproc.image.PixelBuffers;
import dev.imgproc.image.Reduction;
import dev.imgproc.image.Size;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Filters applied in order, with the spec they were parsed from in its canonical form, which is what travels with a
 * job (to a worker, into a report) and parses back to the same chain.
 *
 * <pre>{@code
 * FilterChain chain = FilterChain.parse("resize=1920,blur=2,brightness=1.2");
 * Image out = chain.apply(in);
 * }</pre>
 */
public record FilterChain(List<Filter> filters, String spec) {
    private static final SpecParser PARSER = new SpecParser(Filters.all());

    public static final FilterChain EMPTY = new FilterChain(List.of(), "");

    public FilterChain {
        filters = List.copyOf(filters);
    }

    /** Parses a spec; throws {@link dev.imgproc.filter.spec.SpecException} pointing at the offending token. */
    public static FilterChain parse(String spec) {
        List<SpecParser.Parsed> parsed = PARSER.parse(spec);
        return new FilterChain(
                parsed.stream().map(SpecParser.Parsed::filter).toList(),
                parsed.stream().map(SpecParser.Parsed::text).collect(Collectors.joining(",")));
    }

    /**
     * Applies the filters in order. The images between them are nobody else's, so their arrays go back to {@link
     * PixelBuffers} as soon as the next filter has read them; the input's array is the caller's and is left alone.
     */
    public Image apply(Image in) {
        return applyFrom(in, filters, in);
    }

    private static Image applyFrom(Image first, List<Filter> rest, Image in) {
        Image image = first;
        for (Filter filter : rest) {
            Image next = filter.apply(image);
            recycle(image, next, in);
            image = next;
        }
        return image;
    }

    /** Gives back {@code used}'s array unless {@code next} or the chain's input still holds it. */
    private static void recycle(Image used, Image next, Image in) {
        int[] array = used.pixels();
        if (array != next.pixels() && array != in.pixels()) {
            PixelBuffers.give(array);
        }
    }

    /**
     * Applies the chain to a copy of the input decoded at a reduced scale, no smaller than {@link #minimumInput},
     * {@code reduction} saying where the full input lies in it: the output has the size {@link #apply} gives the full
     * input.
     */
    public Image apply(Image reduced, Reduction reduction) {
        if (filters.isEmpty() || reduction.isNone(reduced.size())) {
            return apply(reduced);
        }
        Image image = filters.getFirst().applyToReduced(reduced, reduction);
        return applyFrom(image, filters.subList(1, filters.size()), reduced);
    }

    /**
     * The smallest image that can stand in for an input of size {@code in}: less than {@code in} when the chain
     * starts with a downscale, whose target is then all the decoder has to deliver.
     */
    public Size minimumInput(Size in) {
        return filters.isEmpty() ? in : filters.getFirst().minimumInput(in);
    }

    public Size outputSize(Size in) {
        Size size = in;
        for (Filter filter : filters) {
            size = filter.outputSize(size);
        }
        return size;
    }

    public boolean isEmpty() {
        return filters.isEmpty();
    }

    @Override
    public String toString() {
        return spec;
    }
}
