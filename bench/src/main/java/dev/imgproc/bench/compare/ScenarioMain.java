package dev.imgproc.bench.compare;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.imgproc.batch.BatchListener;
import dev.imgproc.batch.BatchOptions;
import dev.imgproc.batch.BatchRunner;
import dev.imgproc.batch.BatchSummary;
import dev.imgproc.bench.Pipeline;
import dev.imgproc.bench.naive.NaiveBaseline;
import dev.imgproc.codec.Codecs;
import dev.imgproc.engine.Engine;
import dev.imgproc.engine.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The child JVM of one imgproc scenario: runs a pipeline over a list of files into a folder, then prints one result
 * line ({@value #RESULT_PREFIX} and a JSON object: images, failed, millis, the JVM's peak RSS) and exits 0 when every
 * file was written. The engine scenarios go through {@link BatchRunner} exactly as {@code imgproc process} does and
 * differ only in their {@link EngineConfig}.
 *
 * <pre>
 * java -cp imgproc.jar dev.imgproc.bench.compare.ScenarioMain engine P2 4 files.txt out/
 * </pre>
 */
public final class ScenarioMain {
    public static final String RESULT_PREFIX = "imgproc-bench-result ";

    private ScenarioMain() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: ScenarioMain SCENARIO PIPELINE THREADS LIST_FILE OUT_DIR");
            System.exit(2);
        }
        Scenario scenario = Scenario.parse(args[0]);
        Pipeline pipeline = Pipeline.parse(args[1]);
        int threads = Integer.parseInt(args[2]);
        List<Path> inputs = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).map(Path::of)
                .toList();
        Path outDir = Path.of(args[4]);

        long start = System.nanoTime();
        Map<String, Object> result = new LinkedHashMap<>();
        int failed = 0;
        String error = null;
        if (scenario == Scenario.NAIVE) {
            result.put("images", NaiveBaseline.run(pipeline, inputs, outDir));
        } else {
            BatchSummary summary = runEngine(engineConfig(scenario, threads), pipeline, inputs, outDir);
            result.put("images", summary.written());
            failed = (int) summary.failed();
            error = summary.outcomes().stream().filter(o -> o.error() != null).findFirst()
                    .map(o -> o.input().getFileName() + ": " + o.error()).orElse(null);
        }
        result.put("failed", failed);
        result.put("millis", (System.nanoTime() - start) / 1_000_000);
        result.put("vmHwmKb", ProcTree.selfPeakRssKb());
        result.put("error", error);
        System.out.println(RESULT_PREFIX + JSON.std.asString(result));
        System.out.flush();
        System.exit(failed == 0 ? 0 : 1);
    }

    /**
     * The engine configuration of each engine scenario on {@code threads} cores: {@link Scenario#SEQUENTIAL} lets one
     * job in at a time and filters on one thread; {@link Scenario#IO_ONLY} keeps the full window of jobs in flight
     * (decode and encode overlap on virtual threads) but filters on one thread; {@link Scenario#COMPUTE_ONLY} lets
     * one job in at a time and gives its filters every thread.
     */
    public static EngineConfig engineConfig(Scenario scenario, int threads) {
        EngineConfig full = EngineConfig.forThreads(threads);
        return switch (scenario) {
            case SEQUENTIAL -> new EngineConfig(1, 1, full.memoryBudget());
            case IO_ONLY -> new EngineConfig(1, full.maxInFlight(), full.memoryBudget());
            case COMPUTE_ONLY -> new EngineConfig(threads, 1, full.memoryBudget());
            case ENGINE -> full;
            default -> throw new IllegalArgumentException(scenario.id() + " does not run on the engine");
        };
    }

    private static BatchSummary runEngine(EngineConfig config, Pipeline pipeline, List<Path> inputs, Path outDir)
            throws Exception {
        Codecs codecs = Codecs.standard();
        try (Engine engine = new Engine(codecs, config)) {
            BatchOptions options = BatchOptions.of(inputs, outDir, pipeline.recipe());
            return new BatchRunner(engine, codecs, options, BatchListener.NONE).run();
        }
    }
}
