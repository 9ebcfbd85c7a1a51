package dev.imgproc.batch;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a batch report as JSON: a summary, then one entry per input file with its output, status, sizes, time and
 * error.
 */
public final class ReportWriter {
    private ReportWriter() {}

    public static void write(BatchSummary summary, Path target) throws IOException {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("summary", summaryOf(summary));
        report.put("files", summary.outcomes().stream().map(ReportWriter::entryOf).toList());
        AtomicWriter.write(target, JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES).asBytes(report));
    }

    private static Map<String, Object> summaryOf(BatchSummary summary) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("files", summary.outcomes().size());
        map.put("written", summary.written());
        map.put("skipped", summary.skipped());
        map.put("failed", summary.failed());
        map.put("inputBytes", summary.inputBytes());
        map.put("outputBytes", summary.outputBytes());
        map.put("megapixels", Math.round(summary.megapixels() * 10) / 10.0);
        map.put("millis", summary.elapsed().toMillis());
        return map;
    }

    private static Map<String, Object> entryOf(FileOutcome outcome) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("input", outcome.input().toString());
        map.put("output", outcome.output() == null ? null : outcome.output().toString());
        map.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
        map.put("inputBytes", outcome.inputBytes());
        map.put("outputBytes", outcome.outputBytes());
        if (outcome.inputSize() != null) {
            map.put("inputWidth", outcome.inputSize().width());
            map.put("inputHeight", outcome.inputSize().height());
        }
        if (outcome.outputSize() != null) {
            map.put("outputWidth", outcome.outputSize().width());
            map.put("outputHeight", outcome.outputSize().height());
        }
        map.put("millis", outcome.millis());
        if (outcome.stage() != null) {
            map.put("stage", outcome.stage().label());
        }
        map.put("error", outcome.error());
        return map;
    }
}
