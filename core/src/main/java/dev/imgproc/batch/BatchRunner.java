package dev.imgproc.batch;

import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.codec.ImageHeader;
import dev.imgproc.codec.Codecs;
import dev.imgproc.engine.JobExecutor;
import dev.imgproc.engine.Job;
import dev.imgproc.engine.JobResult;
import dev.imgproc.engine.Recipe;
import dev.imgproc.engine.Stage;
import dev.imgproc.image.Size;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Runs a batch: finds the inputs, reads each on a virtual thread, hands it to a {@link JobExecutor} (the local
 * {@link dev.imgproc.engine.Engine}, or a cluster), writes the result atomically, and reports every file. A file that
 * fails is reported and the batch goes on.
 *
 * <p>Only a bounded window of files is read ahead of the executor, so a folder of 100 000 photos holds no more in
 * memory than one of 50.
 */
public final class BatchRunner {
    private final JobExecutor executor;
    private final Codecs codecs;
    private final BatchOptions options;
    private final BatchListener listener;

    /**
     * @param codecs probes headers when an output's name or format depends on the content
     */
    public BatchRunner(JobExecutor executor, Codecs codecs, BatchOptions options, BatchListener listener) {
        this.executor = executor;
        this.codecs = codecs;
        this.options = options;
        this.listener = listener;
    }

    /** One planned input and output, for {@code --dry-run}. */
    public record Planned(BatchItem item, Path output) {}

    /** The inputs and the outputs they would get, touching nothing. */
    public List<Planned> plan() throws BatchException {
        List<Planned> planned = new ArrayList<>();
        for (BatchItem item : inputs()) {
            planned.add(new Planned(item, plannedOutput(item)));
        }
        return planned;
    }

    public BatchSummary run() throws BatchException, InterruptedException {
        List<BatchItem> items = inputs();
        prepareOutputDir();
        Set<Path> inputPaths = items.stream().map(i -> normalized(i.input())).collect(Collectors.toSet());
        Set<Path> claimed = ConcurrentHashMap.newKeySet();
        listener.started(items.size());
        long start = System.nanoTime();
        Semaphore readAhead = new Semaphore(executor.capacity() + 2);
        List<Future<FileOutcome>> futures = new ArrayList<>(items.size());
        // unnumbered, as the engine's (a numbered name's counter costs 5 ms at start-up)
        try (ExecutorService io = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("imgproc-file").factory())) {
            for (BatchItem item : items) {
                readAhead.acquire();
                futures.add(io.submit(() -> {
                    try {
                        FileOutcome outcome = new FileTask(item, inputPaths, claimed).run();
                        listener.finished(outcome);
                        return outcome;
                    } finally {
                        readAhead.release();
                    }
                }));
            }
        }
        List<FileOutcome> outcomes = new ArrayList<>(items.size());
        for (Future<FileOutcome> future : futures) {
            outcomes.add(future.resultNow());
        }
        return new BatchSummary(outcomes, Duration.ofNanos(System.nanoTime() - start));
    }

    private List<BatchItem> inputs() throws BatchException {
        InputScanner scanner = new InputScanner(options.include(), options.exclude(), options.outputDir());
        List<BatchItem> items = scanner.scan(options.inputs());
        if (items.isEmpty()) {
            throw new BatchException(BatchException.Kind.NO_INPUT, "no input images found in "
                    + options.inputs().stream().map(Path::toString).collect(Collectors.joining(", "))
                    + (options.include().isEmpty() ? "" : " matching " + String.join(", ", options.include())));
        }
        return items;
    }

    private void prepareOutputDir() throws BatchException {
        Path dir = options.outputDir();
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".imgproc-write-test", AtomicWriter.TEMP_SUFFIX);
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new BatchException(BatchException.Kind.OUTPUT_NOT_WRITABLE,
                    dir + ": output folder is not writable (" + describe(e) + ")");
        }
    }

    /** The output an item gets, as far as it is known before processing (its size is probed when names need it). */
    private Path plannedOutput(BatchItem item) {
        ImageFormat format = formatByName(item);
        if (format != null && !options.names().needsSize()) {
            return options.names().outputFor(options.outputDir(), item, format, null);
        }
        try {
            byte[] bytes = Files.readAllBytes(item.input());
            ImageHeader header = codecs.probe(bytes);
            return predictedOutput(item, header);
        } catch (IOException e) {
            return null;
        }
    }

    private Path predictedOutput(BatchItem item, ImageHeader header) {
        ImageFormat format = options.recipe().outputFormat(header.format());
        Size decoded = options.recipe().decode().autoOrient() ? header.displayed() : header.stored();
        Size size = options.recipe().filters().outputSize(decoded);
        return options.names().outputFor(options.outputDir(), item, format, size);
    }

    /**
     * The output format when it follows from the flags or the input's name, so that outputs are named before the
     * input is read; null when only the content can tell.
     */
    private ImageFormat formatByName(BatchItem item) {
        Recipe recipe = options.recipe();
        if (recipe.format() != null) {
            return recipe.format();
        }
        return ImageFormat.byFileName(item.input().getFileName().toString())
                .map(recipe::outputFormat)
                .orElse(null);
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** One file's trip: skip check, read, engine, write. */
    private final class FileTask {
        private final BatchItem item;
        private final Set<Path> inputPaths;
        private final Set<Path> claimed;
        private final long start = System.nanoTime();
        private long inputBytes;

        FileTask(BatchItem item, Set<Path> inputPaths, Set<Path> claimed) {
            this.item = item;
            this.inputPaths = inputPaths;
            this.claimed = claimed;
        }

        FileOutcome run() throws InterruptedException {
            ImageFormat format = formatByName(item);
            if (options.skipExisting() && format != null && !options.names().needsSize()) {
                Path output = options.names().outputFor(options.outputDir(), item, format, null);
                if (Files.exists(output)) {
                    return FileOutcome.skipped(item, output, "output exists");
                }
            }
            byte[] bytes;
            try {
                bytes = read();
            } catch (IOException e) {
                return failed(Stage.READ, e.getMessage());
            }
            if (format == null || (options.skipExisting() && options.names().needsSize())) {
                try {
                    ImageHeader header = codecs.probe(bytes);
                    format = options.recipe().outputFormat(header.format());
                    Path predicted = predictedOutput(item, header);
                    if (options.skipExisting() && Files.exists(predicted)) {
                        return FileOutcome.skipped(item, predicted, "output exists");
                    }
                } catch (CodecException e) {
                    return failed(Stage.DECODE, e.getMessage());
                }
            }
            Job job = new Job(item.relative().toString(), bytes, options.recipe().withFormat(format));
            JobResult result = executor.submit(job).join();
            return switch (result) {
                case JobResult.Failed failed -> failed(failed.stage(), failed.reason());
                case JobResult.Done done -> write(done);
            };
        }

        private byte[] read() throws IOException {
            try {
                long size = Files.size(item.input());
                if (size > options.maxFileBytes()) {
                    throw new IOException(String.format("file is %s, over the limit of %s (--max-file-size)",
                            Bytes.format(size), Bytes.format(options.maxFileBytes())));
                }
                byte[] bytes = Files.readAllBytes(item.input());
                inputBytes = bytes.length;
                return bytes;
            } catch (NoSuchFileException e) {
                throw new IOException("file disappeared before it could be read", e);
            } catch (AccessDeniedException e) {
                throw new IOException("permission denied", e);
            }
        }

        private FileOutcome write(JobResult.Done done) {
            Path output = options.names().outputFor(options.outputDir(), item, done.format(), done.outputSize());
            Path normalized = normalized(output);
            if (inputPaths.contains(normalized)) {
                return failed(Stage.WRITE, "output " + output + " would overwrite an input; choose another -o or --name");
            }
            if (!claimed.add(normalized)) {
                return failed(Stage.WRITE, "output " + output + " is also the output of another input in this batch");
            }
            try {
                AtomicWriter.write(output, done.output());
            } catch (IOException e) {
                return failed(Stage.WRITE, "cannot write " + output + ": " + describe(e));
            }
            return new FileOutcome(item.input(), output, FileOutcome.Status.WRITTEN, inputBytes, done.output().length,
                    done.inputSize(), done.outputSize(), millis(), null, null);
        }

        private FileOutcome failed(Stage stage, String reason) {
            return FileOutcome.failed(item, stage, reason, inputBytes, millis());
        }

        private long millis() {
            return (System.nanoTime() - start) / 1_000_000;
        }
    }
}
