package dev.imgproc.cli;

import static dev.imgproc.cli.CommandSpecs.listOption;
import static dev.imgproc.cli.CommandSpecs.option;
import static dev.imgproc.cli.CommandSpecs.positionalList;

import dev.imgproc.batch.BatchException;
import dev.imgproc.batch.BatchListener;
import dev.imgproc.batch.BatchOptions;
import dev.imgproc.batch.BatchRunner;
import dev.imgproc.batch.BatchSummary;
import dev.imgproc.batch.OutputNamer;
import dev.imgproc.batch.ReportWriter;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.RedisEndpoint;
import dev.imgproc.cluster.client.ClientSettings;
import dev.imgproc.cluster.client.ClusterClient;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.Engine;
import dev.imgproc.engine.EngineConfig;
import dev.imgproc.engine.JobExecutor;
import dev.imgproc.engine.Recipe;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Color;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code imgproc process}: runs a filter pipeline over files and folders. */
final class ProcessCommand implements Callable<Integer> {
    final CommandSpec spec = CommandSpecs.command(this, "process");
    List<Path> inputs = new ArrayList<>();
    Path outputDir;
    FilterChain filters = FilterChain.EMPTY;
    ImageFormat format;
    int quality;
    boolean progressive;
    boolean optimizeCoding;
    Color background;
    boolean noAutoOrient;
    boolean keepMetadata;
    List<String> include = new ArrayList<>();
    List<String> exclude = new ArrayList<>();
    String nameTemplate;
    boolean skipExisting;
    boolean dryRun;
    long maxPixels;
    long maxFileBytes;
    Path report;
    Integer threads;
    boolean cluster;
    RedisEndpoint redis;
    String queue;
    int window;
    boolean quiet;

    ProcessCommand() {
        spec.usageMessage()
                .sortOptions(false)
                .description(
                        "Process image files and folders (recursively) into an output folder that mirrors the input "
                                + "tree.",
                        "A file that fails is reported with the reason and the batch goes on.")
                .footer(
                        "",
                        "Filter specs: name[=value][:key=value...], chained with commas. Run 'imgproc filters' for the "
                                + "list.",
                        "Quote specs that contain > < ! or spaces, e.g. --filters 'resize=800x600>:fit=cover,sharpen'.",
                        "",
                        "Examples:",
                        "  imgproc process ~/photos -o ~/web --filters 'resize=1920x1080,blur=1.5,brightness=1.1' "
                                + "--quality 85",
                        "  imgproc process in -o thumbs --filters 'resize=256x256:fit=cover' --name "
                                + "'{stem}-{w}x{h}.{ext}'",
                        "  imgproc process scans -o pngs --format png --include '*.tif' --skip-existing --report "
                                + "report.json",
                        "  imgproc process in -o out --filters resize=1920 --cluster --redis redis://queue-host:6379");
        spec.addPositional(positionalList(Path.class, () -> inputs, v -> inputs = v)
                .paramLabel("INPUT").arity("1..*").required(true).description("Image files and folders.").build());
        spec.addOption(option(Path.class, () -> outputDir, v -> outputDir = v, "-o", "--output")
                .required(true).paramLabel("DIR").description("Output folder (created when missing).").build());
        spec.addOption(option(FilterChain.class, () -> filters, v -> filters = v, "-f", "--filters")
                .paramLabel("SPEC").converters(new Converters.Filters())
                .description("Filters to apply in order, e.g. resize=1920,blur=2,brightness=1.2. Default: none "
                        + "(convert only).").build());
        spec.addOption(option(ImageFormat.class, () -> format, v -> format = v, "--format")
                .paramLabel("FORMAT").converters(new Converters.Format())
                .description("Output format: jpeg, png, gif, bmp, tiff. Default: the input's (PNG for WebP inputs).")
                .build());
        spec.addOption(option(int.class, () -> quality, v -> quality = v, "--quality")
                .paramLabel("1-100").defaultValue("" + EncodeOptions.DEFAULT_QUALITY)
                .description("JPEG quality (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(boolean.class, () -> progressive, v -> progressive = v, "--progressive")
                .description("Write progressive JPEG.").build());
        spec.addOption(option(boolean.class, () -> optimizeCoding, v -> optimizeCoding = v, "--optimize-coding")
                .description("JPEG: compute each image's own Huffman tables: the same pixels in files 7-9%% smaller "
                        + "for photos, up to 25%% for smooth ones, for a second pass over each (always on with "
                        + "--progressive).").build());
        spec.addOption(option(Color.class, () -> background, v -> background = v, "--background")
                .paramLabel("COLOR").converters(new Converters.ColorValue()).defaultValue("white")
                .description("What transparency is flattened onto for formats without alpha, e.g. #ffffff (default: "
                        + "${DEFAULT-VALUE}).").build());
        spec.addOption(option(boolean.class, () -> noAutoOrient, v -> noAutoOrient = v, "--no-auto-orient")
                .description("Keep the stored pixels instead of applying the EXIF orientation.").build());
        spec.addOption(option(boolean.class, () -> keepMetadata, v -> keepMetadata = v, "--keep-metadata")
                .description("Copy EXIF into JPEG outputs (orientation reset once applied). Default: strip metadata.")
                .build());
        spec.addOption(listOption(String.class, () -> include, v -> include = v, "--include")
                .paramLabel("GLOB")
                .description("Only take files matching this glob from folders (repeatable), e.g. '*.jpg' or "
                        + "'2024/**'. Default: files with image extensions.").build());
        spec.addOption(listOption(String.class, () -> exclude, v -> exclude = v, "--exclude")
                .paramLabel("GLOB").description("Leave out files matching this glob (repeatable).").build());
        spec.addOption(option(String.class, () -> nameTemplate, v -> nameTemplate = v, "--name")
                .paramLabel("TEMPLATE").defaultValue(OutputNamer.DEFAULT_TEMPLATE)
                .description("Output file name: {stem} {ext} {format} {w} {h} (default: ${DEFAULT-VALUE}).").build());
        spec.addOption(option(boolean.class, () -> skipExisting, v -> skipExisting = v, "--skip-existing")
                .description("Skip inputs whose output exists, to resume an interrupted run.").build());
        spec.addOption(option(boolean.class, () -> dryRun, v -> dryRun = v, "-n", "--dry-run")
                .description("List what would be written, and write nothing.").build());
        spec.addOption(option(long.class, () -> maxPixels, v -> maxPixels = v, "--max-pixels")
                .paramLabel("N").converters(new Converters.Count()).defaultValue("" + DecodeOptions.DEFAULT_MAX_PIXELS)
                .description("Refuse images with more pixels, judged from the header (default: 268M).").build());
        spec.addOption(option(long.class, () -> maxFileBytes, v -> maxFileBytes = v, "--max-file-size")
                .paramLabel("SIZE").converters(new Converters.ByteSize())
                .defaultValue("" + BatchOptions.DEFAULT_MAX_FILE_BYTES)
                .description("Refuse larger input files, e.g. 100MB (default: 512MB).").build());
        spec.addOption(option(Path.class, () -> report, v -> report = v, "--report")
                .paramLabel("FILE").description("Write a JSON report: one entry per file.").build());
        spec.addOption(option(Integer.class, () -> threads, v -> threads = v, "-j", "--threads")
                .paramLabel("N").description("Threads for the filters (default: one per core).").build());
        spec.addOption(option(boolean.class, () -> cluster, v -> cluster = v, "--cluster")
                .description("Run the jobs on cluster workers ('imgproc worker') through Redis instead of on this "
                        + "machine. Outputs are the same bytes.").build());
        spec.addOption(RedisOption.create(() -> redis, v -> redis = v));
        spec.addOption(option(String.class, () -> queue, v -> queue = v, "--queue")
                .paramLabel("NAME").defaultValue("default")
                .description("Cluster queue to submit to (default: ${DEFAULT-VALUE}); workers serve the queues named "
                        + "by their --queue.").build());
        spec.addOption(option(int.class, () -> window, v -> window = v, "--window")
                .paramLabel("N").defaultValue("" + ClientSettings.DEFAULT_WINDOW)
                .description("Cluster mode: jobs held in Redis at once (default: ${DEFAULT-VALUE}); at least the "
                        + "workers' total slots to keep them all busy.").build());
        spec.addOption(option(boolean.class, () -> quiet, v -> quiet = v, "-q", "--quiet")
                .description("No progress and no summary; errors are still reported.").build());
        spec.addOption(StackTraceOption.create());
        CommandSpecs.addStandardHelpOptions(spec);
    }

    @Override
    public Integer call() throws Exception {
        BatchOptions options = batchOptions();
        ClientSettings clusterSettings = clusterSettings();
        EngineConfig config = threads == null ? EngineConfig.defaults() : EngineConfig.forThreads(threads);
        Codecs codecs = Codecs.standard();
        if (cluster && !dryRun) {
            try (ClusterClient client = ClusterClient.open(redis, clusterSettings)) {
                return run(client, codecs, options);
            }
        }
        try (Engine engine = new Engine(codecs, config)) {
            if (dryRun) {
                return dryRun(new BatchRunner(engine, codecs, options, BatchListener.NONE));
            }
            return run(engine, codecs, options);
        }
    }

    /** The same batch whichever executor runs its jobs: this machine's engine or the cluster. */
    private int run(JobExecutor executor, Codecs codecs, BatchOptions options) throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        BatchSummary summary;
        try (ProgressReporter progress = ProgressReporter.create(err, quiet)) {
            summary = new BatchRunner(executor, codecs, options, progress).run();
        }
        if (!quiet) {
            err.println(Summary.describe(summary));
        }
        err.flush();
        writeReport(summary);
        return summary.failed() > 0 ? ExitCode.SOME_FAILED : ExitCode.OK;
    }

    private ClientSettings clusterSettings() {
        if (!cluster) {
            return null;
        }
        if (redis == null) {
            throw usage("--cluster needs --redis URL (or " + RedisOption.ENV + "), e.g. --redis redis://queue-host:6379");
        }
        if (window < 1) {
            throw usage("--window must be at least 1 but was " + window);
        }
        try {
            Keys.checkQueueName(queue);
        } catch (IllegalArgumentException e) {
            throw usage("--queue: " + e.getMessage());
        }
        return ClientSettings.of(queue, window);
    }

    private BatchOptions batchOptions() {
        if (quality < 1 || quality > 100) {
            throw usage("--quality must be from 1 to 100 but was " + quality);
        }
        if (threads != null && (threads < 1 || threads > 1024)) {
            throw usage("--threads must be from 1 to 1024 but was " + threads);
        }
        OutputNamer names;
        try {
            names = new OutputNamer(nameTemplate);
        } catch (IllegalArgumentException e) {
            throw usage("--name: " + e.getMessage());
        }
        Recipe recipe = new Recipe(
                new DecodeOptions(!noAutoOrient, maxPixels),
                filters,
                format,
                new EncodeOptions(quality, progressive, optimizeCoding, background, keepMetadata));
        try {
            return new BatchOptions(inputs, outputDir, include, exclude, names, recipe, skipExisting, maxFileBytes);
        } catch (IllegalArgumentException e) {
            throw usage(e.getMessage());
        }
    }

    private int dryRun(BatchRunner runner) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        for (BatchRunner.Planned planned : runner.plan()) {
            out.println(planned.item().input() + " -> " + (planned.output() == null ? "?" : planned.output()));
        }
        out.flush();
        return ExitCode.OK;
    }

    private void writeReport(BatchSummary summary) throws BatchException {
        if (report == null) {
            return;
        }
        try {
            ReportWriter.write(summary, report);
        } catch (IOException e) {
            throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE, report + ": cannot write report: " + e);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
