package dev.imgproc.cli;

import static dev.imgproc.cli.CommandSpecs.listOption;
import static dev.imgproc.cli.CommandSpecs.option;

import dev.imgproc.batch.BatchException;
import dev.imgproc.bench.Pipeline;
import dev.imgproc.bench.compare.BenchReport;
import dev.imgproc.bench.compare.Commands;
import dev.imgproc.bench.compare.Comparison;
import dev.imgproc.bench.compare.Inputs;
import dev.imgproc.bench.compare.PeerTool;
import dev.imgproc.bench.compare.Peers;
import dev.imgproc.bench.compare.Plan;
import dev.imgproc.bench.compare.ReportFormat;
import dev.imgproc.bench.compare.RunSample;
import dev.imgproc.bench.compare.Scenario;
import dev.imgproc.bench.compare.Tables;
import dev.imgproc.image.Size;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code imgproc bench}: what each stage of concurrency buys, and how imgproc compares with peer tools. */
final class BenchCommand implements Callable<Integer> {
    final CommandSpec spec = CommandSpecs.command(this, "bench");
    Path dir;
    List<String> pipelines = new ArrayList<>();
    List<Scenario> scenarios = new ArrayList<>();
    boolean peers;
    int count;
    Size size;
    long seed;
    int runs;
    Integer threads;
    List<Path> reports = new ArrayList<>();
    ReportFormat reportFormat;
    Path workDir;
    int timeoutSeconds;

    BenchCommand() {
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Runs the reference pipelines over the same JPEGs as whole commands: the naive sequential "
                                + "baseline, imgproc's engine without concurrency, with I/O threads only, with compute "
                                + "parallelism only, and in full; with --peers also ImageMagick and libvips where "
                                + "found. Each imgproc scenario runs in its own JVM, so start-up and memory count as "
                                + "for a user. Rounds alternate; the table shows medians.",
                        "Without DIR it generates synthetic photo-like 3840x2160 JPEGs (not real photos: say so when "
                                + "quoting).")
                .footer(
                        "",
                        "Pipelines (output JPEG quality 85):",
                        "  P1 thumb  resize=800x800",
                        "  P2 web    resize=1920,blur=2,brightness=1.2",
                        "  P3 heavy  blur=8,sharpen,grayscale",
                        "  P4 edges  grayscale,edges",
                        "Scenarios: naive, sequential, io-only, compute-only, engine; --peers adds",
                        "  imagemagick, libvips. 'vs seq.': what concurrency buys over sequential.",
                        "Naive P3 (a direct 2-D blur of sigma 8) takes minutes per 4K image.",
                        "Exit code 1 here: a run failed, or P1/P2 fell below 32 dB PSNR of libvips.",
                        "",
                        "Examples:",
                        "  imgproc bench                          # P2 on 6 generated 4K images, 3 rounds",
                        "  imgproc bench ~/photos -n 10 --pipeline all --peers --report bench.md",
                        "  imgproc bench --scenarios sequential,engine -p P3 -r 5 --report bench.json");
        spec.addPositional(CommandSpecs.positional(Path.class, () -> dir, v -> dir = v)
                .paramLabel("DIR").arity("0..1")
                .description("Folder of JPEG photos (its first --count by name). Default: generated images.").build());
        spec.addOption(listOption(String.class, () -> pipelines, v -> pipelines = v, "-p", "--pipeline")
                .paramLabel("P").splitRegex(",")
                .description("Pipelines to run: P1, P2, P3, P4 or all (default: P2).").build());
        spec.addOption(listOption(Scenario.class, () -> scenarios, v -> scenarios = v, "--scenarios")
                .paramLabel("S").splitRegex(",").converters(new BenchConverters.ScenarioValue())
                .description("imgproc scenarios to run (default: naive,sequential,io-only,compute-only,engine).")
                .build());
        spec.addOption(option(boolean.class, () -> peers, v -> peers = v, "--peers")
                .description("Also run ImageMagick and libvips, where found on the PATH.").build());
        spec.addOption(option(int.class, () -> count, v -> count = v, "-n", "--count")
                .paramLabel("N").defaultValue("6")
                .description("Images to run on: generated, or the first N of DIR (default: ${DEFAULT-VALUE}).")
                .build());
        spec.addOption(option(Size.class, () -> size, v -> size = v, "--size")
                .paramLabel("WxH").defaultValue("3840x2160").converters(new BenchConverters.SizeValue())
                .description("Size of generated images (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(long.class, () -> seed, v -> seed = v, "--seed")
                .paramLabel("N").defaultValue("1").description("Seed of generated images.").build());
        spec.addOption(option(int.class, () -> runs, v -> runs = v, "-r", "--runs")
                .paramLabel("N").defaultValue("3")
                .description("Rounds: every scenario runs once per round (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(Integer.class, () -> threads, v -> threads = v, "-j", "--threads")
                .paramLabel("N")
                .description("Compute threads of the engine scenarios, and peer processes at once (default: cores).")
                .build());
        spec.addOption(listOption(Path.class, () -> reports, v -> reports = v, "--report")
                .paramLabel("FILE")
                .description("Also write the report: .md, .json or .txt (repeatable: --report a.md --report "
                        + "a.json).").build());
        spec.addOption(option(ReportFormat.class, () -> reportFormat, v -> reportFormat = v, "--report-format")
                .paramLabel("FORMAT").converters(new BenchConverters.FormatValue())
                .description("md, json or txt, for report files whose extension does not say.").build());
        spec.addOption(option(Path.class, () -> workDir, v -> workDir = v, "--work-dir")
                .paramLabel("DIR")
                .description("Keep inputs, outputs, scripts and logs here (default: a temporary folder, removed).")
                .build());
        spec.addOption(option(int.class, () -> timeoutSeconds, v -> timeoutSeconds = v, "--timeout")
                .paramLabel("SECONDS").defaultValue("1800")
                .description("Kill a command that runs longer, and count the run as failed (default: "
                        + "${DEFAULT-VALUE}).").build());
        spec.addOption(StackTraceOption.create());
        CommandSpecs.addStandardHelpOptions(spec);
    }

    @Override
    public Integer call() throws Exception {
        Map<Path, ReportFormat> formats = reportFormats();
        List<Pipeline> selected = selectedPipelines();
        int cores = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        check(count >= 1 && runs >= 1 && timeoutSeconds >= 1, "--count, --runs and --timeout must be at least 1");
        check(cores >= 1 && cores <= 1024, "--threads must be from 1 to 1024 but was " + cores);
        PrintWriter err = spec.commandLine().getErr();
        boolean temporary = workDir == null;
        Path work = temporary ? Files.createTempDirectory("imgproc-bench-") : Files.createDirectories(workDir);
        try {
            Inputs inputs = inputs(work, err);
            List<PeerTool> tools = peers ? peerTools(err) : List.of();
            List<Scenario> planned = new ArrayList<>(scenarios.isEmpty()
                    ? List.of(Scenario.NAIVE, Scenario.SEQUENTIAL, Scenario.IO_ONLY, Scenario.COMPUTE_ONLY,
                            Scenario.ENGINE) : scenarios);
            tools.forEach(tool -> planned.add(tool.scenario()));
            Plan plan = new Plan(inputs, selected, planned, runs, cores, work, tools, Commands.Jvm.current(),
                    Duration.ofSeconds(timeoutSeconds));
            err.printf(Locale.ROOT, "imgproc bench: %d commands (%d rounds x %d pipelines x %d scenarios)%n",
                    plan.totalRuns(), runs, plan.pipelines().size(), planned.size());
            if (planned.contains(Scenario.NAIVE) && selected.contains(Pipeline.P3)) {
                err.println("imgproc bench: naive P3 runs a direct 2-D blur of sigma 8: minutes per 4K image;"
                        + " --scenarios sequential,io-only,compute-only,engine leaves it out");
            }
            err.flush();
            BenchReport result = new Comparison(plan).run(version(), (pipeline, scenario, sample, done, total) ->
                    progress(err, pipeline, scenario, sample, done, total));
            PrintWriter out = spec.commandLine().getOut();
            out.print("\n" + Tables.text(result));
            out.flush();
            for (Map.Entry<Path, ReportFormat> report : formats.entrySet()) {
                write(result, report.getKey(), report.getValue());
                err.println("imgproc bench: report written to " + report.getKey());
            }
            err.flush();
            return result.allPassed() ? ExitCode.OK : ExitCode.SOME_FAILED;
        } finally {
            if (temporary) {
                deleteTree(work);
            } else {
                err.println("imgproc bench: inputs, outputs, scripts and logs kept in " + work);
                err.flush();
            }
        }
    }

    private Inputs inputs(Path work, PrintWriter err) throws IOException, BatchException {
        if (dir != null) {
            if (!Files.isDirectory(dir)) {
                throw new BatchException(BatchException.Kind.NO_INPUT, dir + ": no such folder");
            }
            Inputs inputs = Inputs.fromDirectory(dir, count);
            if (inputs.count() == 0) {
                throw new BatchException(BatchException.Kind.NO_INPUT, dir + ": no .jpg or .jpeg files in it");
            }
            return inputs;
        }
        err.printf("imgproc bench: generating %d synthetic %s JPEGs (not real photos)...%n", count, size);
        err.flush();
        return Inputs.generate(work.resolve("inputs"), count, size, seed);
    }

    private static List<PeerTool> peerTools(PrintWriter err) {
        Peers found = Peers.fromEnvironment();
        List<PeerTool> tools = new ArrayList<>();
        found.imageMagick().ifPresentOrElse(tools::add,
                () -> err.println("imgproc bench: ImageMagick (magick or convert) not found on the PATH: skipped"));
        found.libvips().ifPresentOrElse(tools::add,
                () -> err.println("imgproc bench: libvips (vips and vipsthumbnail) not found on the PATH: skipped"));
        tools.forEach(t -> err.println("imgproc bench: " + t.scenario().label() + ": " + t.version() + " ("
                + t.binaries().values().stream().map(Path::toString).sorted().reduce((a, b) -> a + ", " + b)
                        .orElse("") + ")"));
        return tools;
    }

    private List<Pipeline> selectedPipelines() {
        List<Pipeline> selected = new ArrayList<>();
        for (String name : pipelines) {
            if (name.equalsIgnoreCase("all")) {
                selected.addAll(List.of(Pipeline.values()));
                continue;
            }
            try {
                selected.add(Pipeline.parse(name));
            } catch (IllegalArgumentException e) {
                throw usage("--pipeline: " + e.getMessage() + ", or all");
            }
        }
        return selected.isEmpty() ? List.of(Pipeline.P2) : selected.stream().distinct().sorted().toList();
    }

    private static void progress(PrintWriter err, Pipeline pipeline, Scenario scenario, RunSample sample, int done,
            int total) {
        String memory = sample.peakRssKb() < 0 ? "" : String.format(Locale.ROOT, ", %d MiB", sample.peakRssKb() / 1024);
        err.printf(Locale.ROOT, "[%d/%d] %s, %s: %s%n", done, total, pipeline.label(), scenario.label(),
                sample.ok() ? String.format(Locale.ROOT, "%.2f s%s", sample.wallSeconds(), memory)
                        : "FAILED: " + sample.error());
        err.flush();
    }

    /** Each report file and its format, checked before anything runs. */
    private Map<Path, ReportFormat> reportFormats() {
        check(reportFormat == null || !reports.isEmpty(), "--report-format needs --report FILE");
        Map<Path, ReportFormat> formats = new LinkedHashMap<>();
        for (Path report : reports) {
            ReportFormat format = ReportFormat.byFileName(report).or(() -> Optional.ofNullable(reportFormat))
                    .orElseThrow(() -> usage("cannot tell the format of " + report
                            + " from its extension: name it .md, .json or .txt, or give --report-format"));
            formats.put(report, format);
        }
        return formats;
    }

    private static void write(BenchReport result, Path report, ReportFormat format) throws BatchException {
        try {
            Files.createDirectories(report.toAbsolutePath().getParent());
            Files.writeString(report, format.render(result));
        } catch (IOException e) {
            throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE, report + ": cannot write report: " + e);
        }
    }

    private static String version() {
        String version = BenchCommand.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    private void check(boolean condition, String message) {
        if (!condition) {
            throw usage(message);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
