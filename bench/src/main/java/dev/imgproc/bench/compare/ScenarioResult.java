package dev.imgproc.bench.compare;

import dev.imgproc.bench.Pipeline;
import java.util.List;

/**
 * Every run of one scenario on one pipeline, and the figures the report shows: medians over the runs that wrote every
 * image (failed runs are kept and counted, never averaged in).
 *
 * @param command the command line of one run, for the report
 * @param images images per run
 * @param megapixels input megapixels per run
 */
public record ScenarioResult(Pipeline pipeline, Scenario scenario, String command, int images, double megapixels,
        List<RunSample> runs) {

    public ScenarioResult {
        runs = List.copyOf(runs);
    }

    private List<Double> okWalls() {
        return runs.stream().filter(RunSample::ok).map(RunSample::wallSeconds).toList();
    }

    public boolean hasResult() {
        return !okWalls().isEmpty();
    }

    public int failures() {
        return (int) runs.stream().filter(r -> !r.ok()).count();
    }

    /** The first failure's reason, or null. */
    public String firstError() {
        return runs.stream().filter(r -> !r.ok()).map(RunSample::error).findFirst().orElse(null);
    }

    public double medianWallSeconds() {
        return Stats.median(okWalls());
    }

    public double minWallSeconds() {
        return Stats.min(okWalls());
    }

    public double maxWallSeconds() {
        return Stats.max(okWalls());
    }

    public double imagesPerSecond() {
        return images / medianWallSeconds();
    }

    public double megapixelsPerSecond() {
        return megapixels / medianWallSeconds();
    }

    /** The median over successful runs of each run's peak, in MiB; NaN when unknown. */
    public double peakRssMib() {
        List<Double> peaks = runs.stream().filter(RunSample::ok).filter(r -> r.peakRssKb() >= 0)
                .map(r -> r.peakRssKb() / 1024.0).toList();
        return Stats.median(peaks);
    }
}
