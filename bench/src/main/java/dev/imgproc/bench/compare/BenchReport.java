package dev.imgproc.bench.compare;

import dev.imgproc.bench.Pipeline;
import java.util.List;
import java.util.Optional;

/** Everything one comparison measured, in the order the report prints it. */
public record BenchReport(Environment environment, Inputs inputs, Plan.Settings settings,
        List<ScenarioResult> results, List<QualityCheck> quality, List<String> notes) {

    public BenchReport {
        results = List.copyOf(results);
        quality = List.copyOf(quality);
        notes = List.copyOf(notes);
    }

    /**
     * Where and when it ran. The load averages before and after tell a reader how busy the machine was.
     *
     * @param peers each peer tool's version line
     */
    public record Environment(String imgprocVersion, String java, int cores, String os, String startedAt,
            String loadBefore, String loadAfter, List<String> peers) {
        public Environment {
            peers = List.copyOf(peers);
        }
    }

    public Optional<ScenarioResult> result(Pipeline pipeline, Scenario scenario) {
        return results.stream().filter(r -> r.pipeline() == pipeline && r.scenario() == scenario).findFirst();
    }

    /** How many times faster than the naive baseline on the same pipeline, by median wall time; NaN without it. */
    public double speedupVsNaive(ScenarioResult result) {
        return speedup(result, Scenario.NAIVE);
    }

    /**
     * How many times faster than imgproc without concurrency ({@link Scenario#SEQUENTIAL}) on the same pipeline:
     * what concurrency buys, apart from imgproc's code being faster than the naive one. NaN without it.
     */
    public double speedupVsSequential(ScenarioResult result) {
        return speedup(result, Scenario.SEQUENTIAL);
    }

    private double speedup(ScenarioResult result, Scenario base) {
        return result(result.pipeline(), base)
                .filter(ScenarioResult::hasResult)
                .filter(b -> result.hasResult())
                .map(b -> b.medianWallSeconds() / result.medianWallSeconds())
                .orElse(Double.NaN);
    }

    /** Whether every run of every scenario wrote every image, and every gated quality check passed. */
    public boolean allPassed() {
        return results.stream().allMatch(r -> r.failures() == 0)
                && quality.stream().filter(QualityCheck::gated).allMatch(QualityCheck::passed);
    }
}
