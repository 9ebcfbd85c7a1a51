package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * Nothing more on the terminal than a JVM without the options prints: the JVM echoes compile commands unless told
     * to be quiet.
     */
    @Test
    void theJvmStartsSilently() throws Exception {
        Run withOptions = launch("", "-version");
        Run plain = launch("", "-version", "");

        assertThat(withOptions.exitCode()).as(withOptions.output()).isZero();
        assertThat(withOptions.output()).isEqualTo(plain.output()).contains("version");
    }

    /** The compile command names a method by hand; a JDK that renamed it would make the option do nothing. */
    @Test
    void theMethodKeptOffC2StillExists() throws Exception {
        String script = Files.readString(ROOT.resolve("scripts/lib/jvm.sh"));
        assertThat(script).contains("jdk/internal/classfile/impl/StackMapGenerator.processBlock,");

        Class<?> generator = Class.forName("jdk.internal.classfile.impl.StackMapGenerator");
        assertThat(Arrays.stream(generator.getDeclaredMethods()).map(Method::getName)).contains("processBlock");
    }

    private record Run(int exitCode, String output) {}

    private static Run launch(String userOptions) throws IOException, InterruptedException {
        return launch(userOptions, "-XX:+PrintFlagsFinal -version | grep -E ' (MaxHeapSize|InitialHeapSize) '");
    }

    private static Run launch(String userOptions, String javaArguments) throws IOException, InterruptedException {
        return launch(userOptions, javaArguments, "\"${IMGPROC_JVM[@]}\"");
    }

    /**
     * Sources the launcher's options, then starts java with {@code launcherOptions} (shell syntax: the launcher's
     * are {@code "${IMGPROC_JVM[@]}"}) and {@code userOptions} as ./imgproc does, followed by {@code javaArguments}.
     */
    private static Run launch(String userOptions, String javaArguments, String launcherOptions)
            throws IOException, InterruptedException {
        String script = """
                . scripts/lib/jvm.sh
                imgproc_jvm_options "$PWD"
                exec "$JAVA_HOME/bin/java" %s $IMGPROC_JAVA_OPTS %s""".formatted(launcherOptions, javaArguments);
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
