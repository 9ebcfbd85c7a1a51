package dev.imgproc.filter.spec;

import dev.imgproc.image.Color;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The type of a filter parameter: how its text is parsed and how it is described to users. A parse failure throws
 * {@link IllegalArgumentException} whose message says what was expected, e.g. {@code a number from 0.1 to 1000}.
 */
public sealed interface ParamType<T> {

    T parse(String text);

    /** What a valid value looks like, for help texts and error messages. */
    String expected();

    default String format(T value) {
        return String.valueOf(value);
    }

    record Decimal(double min, double max) implements ParamType<Double> {
        @Override
        public Double parse(String text) {
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(expected());
            }
            if (!(value >= min && value <= max)) {
                throw new IllegalArgumentException(expected());
            }
            return value;
        }

        @Override
        public String expected() {
            return "a number from " + Numbers.format(min) + " to " + Numbers.format(max);
        }

        @Override
        public String format(Double value) {
            return Numbers.format(value);
        }
    }

    record Whole(int min, int max) implements ParamType<Integer> {
        @Override
        public Integer parse(String text) {
            try {
                int value = Integer.parseInt(text);
                if (value >= min && value <= max) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below, with the range
            }
            throw new IllegalArgumentException(expected());
        }

        @Override
        public String expected() {
            return "a whole number from " + min + " to " + max;
        }
    }

    /** One of an enum's constants, written in lower case. */
    record Choice<E extends Enum<E>>(Class<E> type) implements ParamType<E> {
        @Override
        public E parse(String text) {
            for (E constant : type.getEnumConstants()) {
                if (format(constant).equals(text.toLowerCase(Locale.ROOT))) {
                    return constant;
                }
            }
            throw new IllegalArgumentException(expected());
        }

        @Override
        public String expected() {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(this::format).collect(Collectors.joining(", "));
        }

        @Override
        public String format(E value) {
            return value.name().toLowerCase(Locale.ROOT);
        }
    }

    record GeometryType() implements ParamType<Geometry> {
        @Override
        public Geometry parse(String text) {
            return Geometry.parse(text);
        }

        @Override
        public String expected() {
            return "a size like 800x600, 800x, x600, 800 (width) or 50%, optionally followed by > (shrink only),"
                    + " < (enlarge only) or ! (ignore aspect ratio)";
        }
    }

    record RegionType() implements ParamType<Region> {
        @Override
        public Region parse(String text) {
            return Region.parse(text);
        }

        @Override
        public String expected() {
            return "a region like 800x600 (placed by gravity) or 800x600+X+Y (offset from the top left)";
        }
    }

    record ColorType() implements ParamType<Color> {
        @Override
        public Color parse(String text) {
            return Color.parse(text);
        }

        @Override
        public String expected() {
            return Color.EXPECTED;
        }
    }
}
