package dev.imgproc.cli;

import dev.imgproc.bench.compare.ReportFormat;
import dev.imgproc.bench.compare.Scenario;
import dev.imgproc.image.Size;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values of {@code imgproc bench}; each error says what was expected. */
final class BenchConverters {
    private BenchConverters() {}

    static final class ScenarioValue implements ITypeConverter<Scenario> {
        @Override
        public Scenario convert(String value) {
            Scenario scenario;
            try {
                scenario = Scenario.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (scenario.isPeer()) {
                throw new TypeConversionException(scenario.id() + " is a peer tool: use --peers to run the peers");
            }
            return scenario;
        }
    }

    static final class SizeValue implements ITypeConverter<Size> {
        @Override
        public Size convert(String value) {
            String[] sides = value.toLowerCase(Locale.ROOT).split("x");
            try {
                if (sides.length == 2) {
                    int width = Integer.parseInt(sides[0]);
                    int height = Integer.parseInt(sides[1]);
                    if (width >= 1 && height >= 1 && width <= 20_000 && height <= 20_000) {
                        return new Size(width, height);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("expected WIDTHxHEIGHT from 1x1 to 20000x20000, like 3840x2160, but got \""
                    + value + "\"");
        }
    }

    static final class FormatValue implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return ReportFormat.byName(value)
                    .orElseThrow(() -> new TypeConversionException("expected md, json or txt but got \"" + value + "\""));
        }
    }
}
