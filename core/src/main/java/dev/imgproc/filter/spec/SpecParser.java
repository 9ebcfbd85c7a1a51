package dev.imgproc.filter.spec;

import dev.imgproc.filter.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Parses filter specs: {@code name[=value][:key=value...]} chained with {@code ,}, for example
 * {@code resize=800x600>:fit=cover,sharpen=1:amount=0.8,grayscale}. Parameters are separated by {@code :} (nothing
 * to quote in a shell); {@code ;} is accepted too. Whitespace around tokens is ignored.
 */
public final class SpecParser {
    private final Map<String, FilterDescriptor> byName;

    public SpecParser(Collection<FilterDescriptor> descriptors) {
        this.byName = descriptors.stream().collect(Collectors.toMap(FilterDescriptor::name, d -> d));
    }

    /** A filter parsed from the spec, with the canonical text of its part of the spec. */
    public record Parsed(Filter filter, String text) {}

    public List<Parsed> parse(String spec) {
        List<Parsed> filters = new ArrayList<>();
        if (spec.isBlank()) {
            return filters;
        }
        for (Token filterToken : Token.split(spec, 0, spec.length(), ",")) {
            if (filterToken.isBlank()) {
                throw new SpecException("expected a filter name but found nothing", spec, filterToken.start(),
                        filterToken.end());
            }
            filters.add(parseOne(spec, filterToken));
        }
        return filters;
    }

    private Parsed parseOne(String spec, Token token) {
        List<Token> parts = Token.split(spec, token.start(), token.end(), ":;");
        Token head = parts.getFirst();
        Token name = head.before('=');
        FilterDescriptor descriptor = byName.get(name.text().toLowerCase(Locale.ROOT));
        if (descriptor == null) {
            throw new SpecException(unknownFilter(name.text()), spec, name.start(), name.end());
        }
        Map<String, Object> values = new HashMap<>();
        Optional<Token> headValue = head.after('=');
        if (headValue.isPresent()) {
            Param<?> primary = descriptor.primary().orElseThrow(() -> new SpecException(
                    descriptor.name() + " takes no value", spec, head.start(), head.end()));
            bind(spec, descriptor, primary, headValue.get(), values);
        }
        for (Token part : parts.subList(1, parts.size())) {
            Optional<Token> value = part.after('=');
            Token key = part.before('=');
            Param<?> param = descriptor.param(key.text().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    new SpecException(unknownParam(descriptor, key.text()), spec, key.start(), key.end()));
            if (value.isEmpty()) {
                throw new SpecException("expected " + param.name() + "=VALUE (" + param.type().expected() + ")",
                        spec, part.start(), part.end());
            }
            if (values.containsKey(param.name())) {
                throw new SpecException(param.name() + " is given twice", spec, key.start(), key.end());
            }
            bind(spec, descriptor, param, value.get(), values);
        }
        for (Param<?> param : descriptor.params()) {
            if (param.required() && !values.containsKey(param.name())) {
                throw new SpecException(descriptor.name() + " needs a value for " + param.name() + " ("
                        + param.type().expected() + "), e.g. " + descriptor.example(), spec, token.start(),
                        token.end());
            }
        }
        try {
            return new Parsed(descriptor.factory().apply(new Args(values)), canonical(descriptor, values));
        } catch (IllegalArgumentException e) {
            throw new SpecException(descriptor.name() + ": " + e.getMessage(), spec, token.start(), token.end());
        }
    }

    private static void bind(String spec, FilterDescriptor descriptor, Param<?> param, Token value,
            Map<String, Object> values) {
        try {
            values.put(param.name(), param.type().parse(value.text()));
        } catch (IllegalArgumentException e) {
            throw new SpecException("expected " + e.getMessage() + " for " + descriptor.name() + " " + param.name()
                    + " but got \"" + value.text() + "\"", spec, value.start(), value.end());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String canonical(FilterDescriptor descriptor, Map<String, Object> values) {
        StringBuilder text = new StringBuilder(descriptor.name());
        for (Param param : descriptor.params()) {
            if (values.containsKey(param.name())) {
                boolean primary = param == descriptor.params().getFirst();
                text.append(primary ? "=" : ":" + param.name() + "=")
                        .append(param.type().format(values.get(param.name())));
            }
        }
        return text.toString();
    }

    private String unknownFilter(String name) {
        String known = byName.keySet().stream().sorted().collect(Collectors.joining(", "));
        String suggestion = closest(name, byName.keySet());
        return "unknown filter \"" + name + "\"" + (suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)")
                + "; filters are: " + known;
    }

    private static String unknownParam(FilterDescriptor descriptor, String key) {
        if (descriptor.params().isEmpty()) {
            return descriptor.name() + " has no parameters";
        }
        return "unknown parameter \"" + key + "\" for " + descriptor.name() + "; expected one of "
                + descriptor.params().stream().map(Param::name).collect(Collectors.joining(", "));
    }

    /** The known name closest to a misspelling, if it is close enough to be a likely typo. */
    static String closest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = Levenshtein.distance(word.toLowerCase(Locale.ROOT), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(1, word.length() / 3) ? best : null;
    }
}
