package dev.imgproc.bench.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The formats a report can be written in, chosen by name or by the file's extension. */
public enum ReportFormat {
    TEXT("txt"),
    MARKDOWN("md"),
    JSON("json");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String render(BenchReport report) throws IOException {
        return switch (this) {
            case TEXT -> Tables.text(report);
            case MARKDOWN -> Tables.markdown(report);
            case JSON -> JsonReport.of(report);
        };
    }

    /** {@code md}, {@code markdown}, {@code json}, {@code txt}, {@code text}. */
    public static Optional<ReportFormat> byName(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.extension.equals(key) || format.name().toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file's extension names: {@code report.md}, {@code bench.json}. */
    public static Optional<ReportFormat> byFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byName(name.substring(dot + 1));
    }
}
