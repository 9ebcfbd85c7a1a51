package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JVM options of the {@code ./imgproc} launcher ({@code scripts/lib/jvm.sh}) together with a user's {@code
 * IMGPROC_JAVA_OPTS}, given to a real JVM in the order the launcher gives them.
 */
class LauncherOptionsIT {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void aUsersSmallMaximumHeapStillStarts() throws Exception {
        Run run = launch("-Xmx200m");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("MaxHeapSize = 209715200");
    }

    @Test
    void withoutHeapOptionsTheHeapStartsAt256MiB() throws Exception {
        Run run = launch("");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("InitialHeapSize = 268435456");
    }

    /** Nothing on the terminal at every start: the JVM echoes compile commands unless told to be quiet. */
    @Test
    void theJvmStartsSilently() throws Exception {
        Run run = launch("", "-version 2>&1");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("openjdk version").doesNotContainIgnoringCase("warning")
                .doesNotContain("CompileCommand").doesNotContain("error");
    }

    private record Run(int exitCode, String output) {}

    private static Run launch(String userOptions) throws IOException, InterruptedException {
        return launch(userOptions, "-XX:+PrintFlagsFinal -version | grep -E ' (MaxHeapSize|InitialHeapSize) '");
    }

    /**
     * Sources the launcher's options, then starts java with them and {@code userOptions} as ./imgproc does, followed
     * by {@code javaArguments} (shell syntax).
     */
    private static Run launch(String userOptions, String javaArguments) throws IOException, InterruptedException {
        String script = """
                . scripts/lib/jvm.sh
                imgproc_jvm_options "$PWD"
                exec "$JAVA_HOME/bin/java" "${IMGPROC_JVM[@]}" $IMGPROC_JAVA_OPTS\s""" + javaArguments;
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", script).directory(ROOT.toFile())
                .redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("IMGPROC_JAVA_OPTS", userOptions);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output.replaceAll(" +", " "));
    }
}
