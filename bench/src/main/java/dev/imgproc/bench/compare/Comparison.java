package dev.imgproc.bench.compare;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.imgproc.bench.Pipeline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Runs a {@link Plan}: every scenario on every pipeline, round after round with the order reversed every other
 * round so that a machine slowing down or speeding up weighs on all scenarios alike; then compares outputs. Each run
 * writes into an emptied folder, so every run does the same work.
 */
public final class Comparison {
    /** Hears each run as it ends, for progress lines. */
    public interface Listener {
        void ran(Pipeline pipeline, Scenario scenario, RunSample sample, int done, int total);
    }

    private final Plan plan;
    private final CommandRunner runner;
    private final Path lines;
    private final Path nulls;
    private final Path logs;

    public Comparison(Plan plan) {
        this.plan = plan;
        this.runner = new CommandRunner(plan.timeout());
        this.lines = plan.workDir().resolve("inputs.txt");
        this.nulls = plan.workDir().resolve("inputs.nul");
        this.logs = plan.workDir().resolve("logs");
    }

    public BenchReport run(String imgprocVersion, Listener listener) throws IOException, InterruptedException {
        prepare();
        String startedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString();
        String loadBefore = loadAverage();
        Map<String, List<RunSample>> samples = new LinkedHashMap<>();
        int done = 0;
        for (int round = 1; round <= plan.runs(); round++) {
            for (Pipeline pipeline : plan.pipelines()) {
                for (Scenario scenario : plan.order(round)) {
                    RunSample sample = runOnce(pipeline, scenario, round);
                    samples.computeIfAbsent(key(pipeline, scenario), k -> new ArrayList<>()).add(sample);
                    listener.ran(pipeline, scenario, sample, ++done, plan.totalRuns());
                }
            }
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Pipeline pipeline : plan.pipelines()) {
            for (Scenario scenario : plan.scenarios()) {
                results.add(new ScenarioResult(pipeline, scenario, describe(pipeline, scenario),
                        plan.inputs().count(), plan.inputs().megapixels(), samples.get(key(pipeline, scenario))));
            }
        }
        BenchReport.Environment environment = new BenchReport.Environment(imgprocVersion,
                Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), startedAt, loadBefore,
                loadAverage(), plan.peers().stream().map(PeerTool::version).toList());
        return new BenchReport(environment, plan.inputs(), plan.settings(), results, qualityChecks(results), notes());
    }

    private void prepare() throws IOException {
        Files.createDirectories(logs);
        List<String> paths = plan.inputs().files().stream().map(p -> p.toAbsolutePath().toString()).toList();
        Files.write(lines, paths, StandardCharsets.UTF_8);
        Files.writeString(nulls, paths.stream().map(p -> p + "\0").collect(Collectors.joining()));
        for (Pipeline pipeline : plan.pipelines()) {
            for (Scenario scenario : plan.scenarios()) {
                if (scenario.isPeer()) {
                    Files.writeString(script(pipeline, scenario),
                            PeerScripts.script(plan.peer(scenario), pipeline, outDir(pipeline, scenario)));
                }
            }
        }
        // every scenario then reads the inputs from the page cache, the first one included
        for (Path file : plan.inputs().files()) {
            Files.readAllBytes(file);
        }
    }

    private RunSample runOnce(Pipeline pipeline, Scenario scenario, int round)
            throws IOException, InterruptedException {
        Path out = outDir(pipeline, scenario);
        emptyFolder(out);
        CommandRunner.Execution run = runner.run(command(pipeline, scenario), scenario.isPeer() ? nulls : null, logs,
                pipeline.name() + "-" + scenario.id() + "-r" + round);
        double seconds = run.wallNanos() / 1e9;
        if (run.timedOut()) {
            return new RunSample(round, seconds, run.peakRssKb(), "killed after " + plan.timeout().toSeconds() + " s");
        }
        long peak = run.peakRssKb();
        String error = null;
        if (scenario.isImgproc()) {
            ChildResult child = ChildResult.parse(run.stdout());
            if (child != null) {
                peak = Math.max(peak, child.vmHwmKb());
                error = child.error();
            }
            if (child == null || run.exitCode() != 0) {
                error = error != null ? error : "exit code " + run.exitCode() + lastLine(run.stderr());
            }
        } else if (run.exitCode() != 0) {
            error = "exit code " + run.exitCode() + lastLine(run.stderr());
        }
        long written = countJpegs(out);
        if (error == null && written != plan.inputs().count()) {
            error = "wrote " + written + " of " + plan.inputs().count() + " images" + lastLine(run.stderr());
        }
        return new RunSample(round, seconds, peak, error);
    }

    private List<String> command(Pipeline pipeline, Scenario scenario) {
        Path out = outDir(pipeline, scenario);
        return scenario.isPeer() ? Commands.peer(plan.threads(), script(pipeline, scenario))
                : Commands.imgproc(plan.jvm(), scenario, pipeline, plan.threads(), lines, out);
    }

    /** The command line; for a peer, with the commands its script runs per image, so the report shows them. */
    private String describe(Pipeline pipeline, Scenario scenario) {
        String command = String.join(" ", command(pipeline, scenario));
        if (!scenario.isPeer()) {
            return command;
        }
        return command + "  # per image: " + String.join("; ", PeerScripts.commands(plan.peer(scenario), pipeline));
    }

    private List<QualityCheck> qualityChecks(List<ScenarioResult> results) throws IOException {
        List<QualityCheck> checks = new ArrayList<>();
        for (Pipeline pipeline : plan.pipelines()) {
            Scenario imgproc = Stream.of(Scenario.ENGINE, Scenario.COMPUTE_ONLY, Scenario.IO_ONLY, Scenario.SEQUENTIAL)
                    .filter(s -> results.stream().anyMatch(r -> r.pipeline() == pipeline && r.scenario() == s
                            && r.hasResult()))
                    .findFirst().orElse(null);
            if (imgproc == null) {
                continue;
            }
            if ((pipeline == Pipeline.P1 || pipeline == Pipeline.P2) && plan.scenarios().contains(Scenario.LIBVIPS)) {
                checks.add(QualityCheck.compare(pipeline, Scenario.LIBVIPS, outDir(pipeline, imgproc),
                        outDir(pipeline, Scenario.LIBVIPS), plan.inputs().files(), QualityCheck.VIPS_GATE_DB));
            }
            if (plan.scenarios().contains(Scenario.NAIVE)) {
                checks.add(QualityCheck.compare(pipeline, Scenario.NAIVE, outDir(pipeline, imgproc),
                        outDir(pipeline, Scenario.NAIVE), plan.inputs().files(), Double.NaN));
            }
        }
        return checks;
    }

    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (plan.inputs().generated()) {
            notes.add("Inputs were generated (smooth gradients, shapes, texture and noise): they are not real photos,"
                    + " and codecs and filters may run faster or slower on real ones. Pass a folder of photos for"
                    + " figures to quote.");
        }
        notes.add("Each run is a whole command, JVM start-up included for imgproc, as a user runs it; the figures are"
                + " medians over " + plan.runs() + " run(s), alternating scenarios (order reversed every other round).");
        if (!ProcTree.available()) {
            notes.add("Peak memory is unknown here: it is read from /proc, which this system lacks.");
        }
        return notes;
    }

    private Path outDir(Pipeline pipeline, Scenario scenario) {
        return plan.workDir().resolve("out").resolve(pipeline.name()).resolve(scenario.id());
    }

    private Path script(Pipeline pipeline, Scenario scenario) {
        return plan.workDir().resolve(scenario.id() + "-" + pipeline.name() + ".sh");
    }

    private static String key(Pipeline pipeline, Scenario scenario) {
        return pipeline.name() + "/" + scenario.id();
    }

    private static void emptyFolder(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
        Files.createDirectories(dir);
    }

    private static long countJpegs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jpg")).count();
        }
    }

    private static String lastLine(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        return lines.isEmpty() ? "" : ": " + lines.getLast().strip();
    }

    /** The 1, 5 and 15 minute load averages, or "unknown". */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** The result line of a {@link ScenarioMain} child. */
    record ChildResult(long images, long failed, long vmHwmKb, String error) {
        static ChildResult parse(String stdout) {
            String line = stdout.lines().filter(l -> l.startsWith(ScenarioMain.RESULT_PREFIX)).reduce((a, b) -> b)
                    .orElse(null);
            if (line == null) {
                return null;
            }
            try {
                Map<String, Object> map = JSON.std.mapFrom(line.substring(ScenarioMain.RESULT_PREFIX.length()));
                return new ChildResult(number(map.get("images")), number(map.get("failed")), number(map.get("vmHwmKb")),
                        (String) map.get("error"));
            } catch (IOException | RuntimeException e) {
                return null;
            }
        }

        private static long number(Object value) {
            return value instanceof Number n ? n.longValue() : -1;
        }
    }
}
