package dev.imgproc.bench.compare;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.imgproc.bench.Pipeline;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A report as JSON for scripts and dashboards: the same figures as the tables, plus every run. Seconds and MiB are
 * numbers; a figure that could not be measured is {@code null}, and identical images have a PSNR of
 * {@code "identical"}.
 */
public final class JsonReport {
    private JsonReport() {}

    public static String of(BenchReport report) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tool", "imgproc bench");
        json.put("environment", environment(report.environment()));
        json.put("inputs", inputs(report.inputs()));
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("runs", report.settings().runs());
        settings.put("threads", report.settings().threads());
        settings.put("pipelines", report.settings().pipelines().stream().map(Pipeline::name).toList());
        settings.put("scenarios", report.settings().scenarios().stream().map(Scenario::id).toList());
        json.put("settings", settings);
        json.put("results", report.results().stream().map(r -> result(report, r)).toList());
        json.put("quality", report.quality().stream().map(JsonReport::quality).toList());
        json.put("notes", report.notes());
        json.put("allPassed", report.allPassed());
        return JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT, JSON.Feature.WRITE_NULL_PROPERTIES).asString(json)
                + "\n";
    }

    private static Map<String, Object> environment(BenchReport.Environment env) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("imgproc", env.imgprocVersion());
        map.put("java", env.java());
        map.put("cores", env.cores());
        map.put("os", env.os());
        map.put("startedAt", env.startedAt());
        map.put("loadAverageBefore", env.loadBefore());
        map.put("loadAverageAfter", env.loadAfter());
        map.put("peers", env.peers());
        return map;
    }

    private static Map<String, Object> inputs(Inputs inputs) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("source", inputs.source());
        map.put("generated", inputs.generated());
        map.put("count", inputs.count());
        map.put("geometry", inputs.geometry());
        map.put("megapixels", round(inputs.megapixels(), 2));
        map.put("bytes", inputs.bytes());
        map.put("files", inputs.files().stream().map(p -> p.getFileName().toString()).toList());
        return map;
    }

    private static Map<String, Object> result(BenchReport report, ScenarioResult r) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pipeline", r.pipeline().name());
        map.put("spec", r.pipeline().spec());
        map.put("scenario", r.scenario().id());
        map.put("label", r.scenario().label());
        map.put("description", r.scenario().description());
        map.put("command", r.command());
        map.put("images", r.images());
        map.put("megapixels", round(r.megapixels(), 2));
        map.put("medianWallSeconds", round(r.medianWallSeconds(), 3));
        map.put("minWallSeconds", round(r.minWallSeconds(), 3));
        map.put("maxWallSeconds", round(r.maxWallSeconds(), 3));
        map.put("imagesPerSecond", round(r.imagesPerSecond(), 3));
        map.put("megapixelsPerSecond", round(r.megapixelsPerSecond(), 2));
        map.put("speedupVsNaive", round(report.speedupVsNaive(r), 2));
        map.put("speedupVsSequential", round(report.speedupVsSequential(r), 2));
        map.put("peakRssMib", round(r.peakRssMib(), 1));
        map.put("failures", r.failures());
        map.put("runs", r.runs().stream().map(JsonReport::run).toList());
        return map;
    }

    private static Map<String, Object> run(RunSample sample) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("round", sample.round());
        map.put("wallSeconds", round(sample.wallSeconds(), 3));
        map.put("peakRssMib", sample.peakRssKb() < 0 ? null : round(sample.peakRssKb() / 1024.0, 1));
        map.put("error", sample.error());
        return map;
    }

    private static Map<String, Object> quality(QualityCheck q) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("pipeline", q.pipeline().name());
        map.put("reference", q.reference().id());
        map.put("files", q.files());
        map.put("sameGeometry", q.sameGeometry());
        map.put("minPsnrDb", decibels(q.minPsnr()));
        map.put("meanPsnrDb", decibels(q.meanPsnr()));
        map.put("gateDb", q.gated() ? q.gateDb() : null);
        map.put("passed", q.gated() ? q.passed() : null);
        map.put("problem", q.problem());
        return map;
    }

    private static Object decibels(double value) {
        return Double.isInfinite(value) ? "identical" : round(value, 2);
    }

    /** Rounded to {@code digits} decimals; null for NaN, which JSON cannot hold. */
    static Double round(double value, int digits) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return null;
        }
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
