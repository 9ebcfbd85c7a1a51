package dev.imgproc.cli;

import dev.imgproc.codec.ImageFormat;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.filter.spec.SpecException;
import dev.imgproc.image.Color;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values that need more than picocli's built-in conversions; each error says what was expected. */
final class Converters {
    private Converters() {}

    static final class Filters implements ITypeConverter<FilterChain> {
        @Override
        public FilterChain convert(String value) {
            try {
                return FilterChain.parse(value);
            } catch (SpecException e) {
                String indent = System.lineSeparator() + "  ";
                throw new TypeConversionException(
                        e.getMessage() + indent + e.pointer().replace(System.lineSeparator(), indent));
            }
        }
    }

    static final class Format implements ITypeConverter<ImageFormat> {
        @Override
        public ImageFormat convert(String value) {
            ImageFormat format = ImageFormat.byName(value).orElseThrow(
                    () -> new TypeConversionException("unknown format \"" + value + "\"; expected one of " + writable()));
            if (!format.writable()) {
                throw new TypeConversionException(
                        format.label() + " can be read but not written; expected one of " + writable());
            }
            return format;
        }

        static String writable() {
            return java.util.Arrays.stream(ImageFormat.values())
                    .filter(ImageFormat::writable)
                    .map(ImageFormat::label)
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    static final class ColorValue implements ITypeConverter<Color> {
        @Override
        public Color convert(String value) {
            try {
                return Color.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException("expected " + e.getMessage() + " but got \"" + value + "\"");
            }
        }
    }

    /** Counts with an optional decimal suffix: {@code 268M}, {@code 50k}, {@code 1G}, or a plain number. */
    static final class Count implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parseScaled(value, 1000, "a count like 268M, 100k or 1000000");
        }
    }

    /** Byte sizes: {@code 512MB}, {@code 2GiB}, {@code 100k}, or a plain number of bytes. */
    static final class ByteSize implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            return parseScaled(value.replaceFirst("(?i)i?b$", ""), value.toLowerCase(Locale.ROOT).contains("i") ? 1024 : 1000,
                    "a size like 512MB, 2GiB or 100k");
        }
    }

    /** Durations: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}. */
    static final class Interval implements ITypeConverter<java.time.Duration> {
        private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)", Pattern.CASE_INSENSITIVE);

        @Override
        public java.time.Duration convert(String value) {
            Matcher m = DURATION.matcher(value.strip());
            if (!m.matches()) {
                throw new TypeConversionException("expected a duration like 30s, 500ms, 2m or 1h but got \"" + value + "\"");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "ms" -> java.time.Duration.ofMillis(n);
                case "s" -> java.time.Duration.ofSeconds(n);
                case "m" -> java.time.Duration.ofMinutes(n);
                default -> java.time.Duration.ofHours(n);
            };
        }
    }

    private static final Pattern SCALED = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)", Pattern.CASE_INSENSITIVE);

    private static long parseScaled(String value, int base, String expected) {
        Matcher m = SCALED.matcher(value.strip());
        if (!m.matches()) {
            throw new TypeConversionException("expected " + expected + " but got \"" + value + "\"");
        }
        String suffix = m.group(2).toLowerCase(Locale.ROOT);
        int power = suffix.isEmpty() ? 0 : "kmgt".indexOf(suffix) + 1;
        double result = Double.parseDouble(m.group(1)) * Math.pow(base, power);
        if (result < 1 || result > Long.MAX_VALUE / 2) {
            throw new TypeConversionException("expected " + expected + " but got \"" + value + "\"");
        }
        return (long) result;
    }
}
