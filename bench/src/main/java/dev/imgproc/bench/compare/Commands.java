package dev.imgproc.bench.compare;

import dev.imgproc.bench.Pipeline;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The command lines of the scenarios: a child JVM on imgproc's own classpath for imgproc's scenarios, and
 * {@code xargs -0 -P N -n 1 sh SCRIPT} over a NUL-separated list of inputs for the peers, as
 * {@code ls *.jpg | xargs -P N -n 1 one.sh ...} runs them.
 */
public final class Commands {
    private Commands() {}

    /**
     * How this JVM can start a copy of itself: its {@code java}, its classpath (entries made absolute; the packaged
     * {@code imgproc.jar} brings its {@code lib/} through its manifest), and the JVM options the {@code imgproc}
     * launcher passes: its own ({@code IMGPROC_LAUNCHER_OPTS}, which it exports one per line: the AOT cache among
     * them, which fits the child's classpath, the same jar) and the user's {@code IMGPROC_JAVA_OPTS}.
     */
    public record Jvm(Path java, String classPath, List<String> options) {
        public Jvm {
            options = List.copyOf(options);
        }

        public static Jvm current() {
            String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .map(entry -> Path.of(entry).toAbsolutePath().toString())
                    .reduce((a, b) -> a + File.pathSeparator + b)
                    .orElse("");
            List<String> options = new ArrayList<>();
            // one option per line, as the launcher writes them: paths in them may hold spaces
            System.getenv().getOrDefault("IMGPROC_LAUNCHER_OPTS", "").lines()
                    .filter(line -> !line.isBlank())
                    .forEach(options::add);
            // split on white space, as the launcher splits them
            String user = System.getenv().getOrDefault("IMGPROC_JAVA_OPTS", "").strip();
            if (!user.isEmpty()) {
                options.addAll(List.of(user.split("\\s+")));
            }
            return new Jvm(Path.of(System.getProperty("java.home"), "bin", "java"), classPath, options);
        }
    }

    /** The child JVM that runs one imgproc scenario over the files listed in {@code listFile}. */
    public static List<String> imgproc(Jvm jvm, Scenario scenario, Pipeline pipeline, int threads, Path listFile,
            Path outDir) {
        if (!scenario.isImgproc()) {
            throw new IllegalArgumentException(scenario.id() + " is not an imgproc scenario");
        }
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(jvm.options());
        command.addAll(List.of("-Djava.awt.headless=true", "--enable-native-access=ALL-UNNAMED",
                "-cp", jvm.classPath(), ScenarioMain.class.getName(),
                scenario.id(), pipeline.name(), Integer.toString(threads), listFile.toString(), outDir.toString()));
        return command;
    }

    /** A peer's per-image {@code script} over the NUL-separated list given on standard input, {@code parallel} at once. */
    public static List<String> peer(int parallel, Path script) {
        return List.of("xargs", "-0", "-P", Integer.toString(parallel), "-n", "1", "sh", script.toString());
    }
}
