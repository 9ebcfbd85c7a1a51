package dev.imgproc.bench.compare;

import dev.imgproc.bench.Pipeline;
import dev.imgproc.image.Size;
import java.nio.file.Path;
import java.util.List;

/** A report with known figures, for the formatting tests. */
final class SampleReports {
    private SampleReports() {}

    static final double GB = 1024 * 1024;

    /**
     * P2 on two 4K images: naive at 10, 12, 11 s; sequential at 4.4 s; the full engine at 2.0, 2.5, 2.2 s (so 5x
     * naive, 2x sequential); libvips with one failed
     * run of three; ImageMagick failing every run. Quality: libvips at 40.5 dB (passes 32), naive identical.
     */
    static BenchReport p2() {
        Inputs inputs = new Inputs(List.of(Path.of("a.jpg"), Path.of("b.jpg")),
                List.of(new Size(3840, 2160), new Size(3840, 2160)), 2_000_000, true,
                "generated (seed 1): synthetic, not real photos");
        double mp = inputs.megapixels();
        List<ScenarioResult> results = List.of(
                new ScenarioResult(Pipeline.P2, Scenario.NAIVE, "java ... naive", 2, mp, List.of(
                        new RunSample(1, 10.0, 400_000, null),
                        new RunSample(2, 12.0, 420_000, null),
                        new RunSample(3, 11.0, 410_000, null))),
                new ScenarioResult(Pipeline.P2, Scenario.SEQUENTIAL, "java ... sequential", 2, mp, List.of(
                        new RunSample(1, 4.4, 300_000, null))),
                new ScenarioResult(Pipeline.P2, Scenario.ENGINE, "java ... engine", 2, mp, List.of(
                        new RunSample(1, 2.0, (long) (0.5 * GB), null),
                        new RunSample(2, 2.5, (long) (0.7 * GB), null),
                        new RunSample(3, 2.2, (long) (0.6 * GB), null))),
                new ScenarioResult(Pipeline.P2, Scenario.LIBVIPS, "xargs ... libvips", 2, mp, List.of(
                        new RunSample(1, 0.8, 200_000, null),
                        new RunSample(2, 0.1, 1_000, "exit code 1: vips: unable to load"),
                        new RunSample(3, 1.0, 220_000, null))),
                new ScenarioResult(Pipeline.P2, Scenario.IMAGEMAGICK, "xargs ... im", 2, mp, List.of(
                        new RunSample(1, 0.2, -1, "wrote 0 of 2 images"))));
        List<QualityCheck> quality = List.of(
                new QualityCheck(Pipeline.P2, Scenario.LIBVIPS, 2, true, 40.5, 41.25, 32, null),
                new QualityCheck(Pipeline.P2, Scenario.NAIVE, 2, true, Double.POSITIVE_INFINITY,
                        Double.POSITIVE_INFINITY, Double.NaN, null));
        BenchReport.Environment environment = new BenchReport.Environment("0.1.0", "25.0.3", 2, "Linux amd64",
                "2026-11-28T16:00:00Z", "3.10 2.00 1.00", "3.50 2.10 1.10", List.of("vips-8.14.1"));
        Plan.Settings settings = new Plan.Settings(3, 2, List.of(Pipeline.P2),
                List.of(Scenario.NAIVE, Scenario.SEQUENTIAL, Scenario.ENGINE, Scenario.LIBVIPS, Scenario.IMAGEMAGICK));
        return new BenchReport(environment, inputs, settings, results, quality, List.of("Inputs were generated."));
    }
}
