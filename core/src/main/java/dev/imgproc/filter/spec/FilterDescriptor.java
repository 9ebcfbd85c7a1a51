package dev.imgproc.filter.spec;

import dev.imgproc.filter.Filter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Everything users can know about a filter, written once: its name in specs, a one-line summary, its parameters
 * (the first one takes the value after {@code =}), an example, and how to build it from parsed arguments. The spec
 * parser, its error messages and {@code imgproc filters} all read this.
 *
 * <p>The factory may throw {@link IllegalArgumentException} for combinations of values that are wrong together;
 * its message is shown to the user.
 */
public record FilterDescriptor(
        String name, String summary, List<Param<?>> params, String example, Function<Args, Filter> factory) {

    public FilterDescriptor {
        params = List.copyOf(params);
        if (params.stream().map(Param::name).distinct().count() != params.size()) {
            // parsed values are kept by name (Args)
            throw new IllegalArgumentException(name + ": two parameters share a name");
        }
    }

    public static FilterDescriptor of(
            String name, String summary, String example, Function<Args, Filter> factory, Param<?>... params) {
        return new FilterDescriptor(name, summary, List.of(params), example, factory);
    }

    /** The parameter that takes the value written after {@code name=}, if the filter has parameters. */
    public Optional<Param<?>> primary() {
        return params.isEmpty() ? Optional.empty() : Optional.of(params.getFirst());
    }

    public Optional<Param<?>> param(String paramName) {
        return params.stream().filter(p -> p.name().equals(paramName)).findFirst();
    }

    /** Builds the filter with every parameter at its default; empty when a parameter is required. */
    public Optional<Filter> withDefaults() {
        if (params.stream().anyMatch(Param::required)) {
            return Optional.empty();
        }
        return Optional.of(factory.apply(new Args(java.util.Map.of())));
    }
}
