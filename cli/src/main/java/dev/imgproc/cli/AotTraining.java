package dev.imgproc.cli;

import dev.imgproc.bench.compare.SyntheticPhotos;
import dev.imgproc.image.Size;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * The training run for imgproc's AOT cache (JEP 483/515): runs the commands users run, in one JVM, so that {@code
 * -XX:AOTCacheOutput} records the classes they load and link and the methods' profiles. {@code ./build} runs it
 * after packaging ({@code scripts/aot-cache.sh}); {@code ./imgproc} then starts with the cache and loads nothing
 * from the jars' bytecode on the common paths.
 *
 * <p>The work is what the cache should be good for: {@code --version}, {@code --help} and {@code filters}, and the
 * reference pipelines on generated 4K photos (so that the JIT's profiles see the shapes it will meet: shrink-on-load,
 * the 2x polyphase resample, sigma 8) and on the bundled samples (PNG with alpha, CMYK and EXIF-rotated JPEG
 * through ImageIO). It takes a few seconds; nothing it writes is kept.
 *
 * <pre>
 *   java -XX:AOTCacheOutput=imgproc.aot -cp cli/target/imgproc.jar dev.imgproc.cli.AotTraining samples/
 * </pre>
 */
public final class AotTraining {
    private static final List<String> PIPELINES = List.of(
            "resize=800x800",
            "resize=1920,blur=2,brightness=1.2",
            "blur=8,sharpen,grayscale",
            "grayscale,edges",
            "resize=1280x720:fit=cover,contrast=1.1,sepia");

    private AotTraining() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AotTraining SAMPLES_DIR");
            System.exit(2);
        }
        Path samples = Path.of(args[0]);
        Path work = Files.createTempDirectory("imgproc-aot-training");
        try {
            Path photos = Files.createDirectories(work.resolve("4k"));
            SyntheticPhotos.write(photos, 3, new Size(3840, 2160), 1);
            run("--version");
            run("--help");
            run("process", "--help");
            run("filters");
            for (String filters : PIPELINES) {
                run("process", photos.toString(), "-o", work.resolve("out").toString(), "--filters", filters,
                        "--quiet");
            }
            run("process", samples.toString(), "-o", work.resolve("samples").toString(), "--filters",
                    "resize=640x640,sharpen", "--quiet");
            run("process", samples.toString(), "-o", work.resolve("png").toString(), "--format", "png", "--quiet");
        } finally {
            deleteTree(work);
        }
    }

    /** One imgproc command in this JVM, its output dropped; a failure is the build's failure. */
    private static void run(String... args) {
        CommandLine cli = Imgproc.commandLine(args);
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        cli.setOut(nowhere);
        cli.setErr(nowhere);
        int status = cli.execute(args);
        if (status != 0) {
            throw new IllegalStateException("training command failed (" + status + "): imgproc " + String.join(" ",
                    args));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(paths::add);
        }
        for (Path path : paths) {
            Files.deleteIfExists(path);
        }
    }
}
