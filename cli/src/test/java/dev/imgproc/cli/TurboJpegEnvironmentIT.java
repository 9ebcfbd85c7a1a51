package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * libjpeg-turbo reads TJ_OPTIMIZE, TJ_PROGRESSIVE, TJ_ARITHMETIC and TJ_RESTART on every compression: a user's
 * environment must not change what imgproc writes, which only its options decide.
 */
class TurboJpegEnvironmentIT {
    private static final Map<String, String> TJ_VARIABLES =
            Map.of("TJ_OPTIMIZE", "1", "TJ_PROGRESSIVE", "1", "TJ_ARITHMETIC", "1", "TJ_RESTART", "2");
    private static final Path SAMPLE = Cli.samples().resolve("raindrops.jpg");

    @TempDir
    static Path work;

    @BeforeAll
    static void needsLibjpegTurbo() throws Exception {
        assumeTrue(run(Map.of(), "--version").contains("libjpeg-turbo (native"), "needs libturbojpeg installed");
    }

    @Test
    void theVariablesChangeNothing() throws Exception {
        byte[] clean = process("clean", Map.of());
        byte[] withVariables = process("variables", TJ_VARIABLES);

        assertThat(digest(withVariables)).isEqualTo(digest(clean));
    }

    @Test
    void optimizeCodingIsTheOptionsChoiceWhateverTjOptimizeSays() throws Exception {
        byte[] clean = process("optimized-clean", Map.of(), "--optimize-coding");
        byte[] off = process("optimized-off", Map.of("TJ_OPTIMIZE", "0"), "--optimize-coding");
        byte[] on = process("optimized-on", TJ_VARIABLES, "--optimize-coding");
        byte[] standard = process("standard", Map.of());

        assertThat(digest(off)).isEqualTo(digest(clean));
        assertThat(digest(on)).isEqualTo(digest(clean));
        assertThat(clean.length).isLessThan(standard.length);
    }

    private static byte[] process(String name, Map<String, String> environment, String... options) throws Exception {
        Path out = work.resolve(name);
        String[] args = {"process", SAMPLE.toString(), "-o", out.toString(), "--quiet"};
        String[] all = new String[args.length + options.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(options, 0, all, args.length, options.length);
        run(environment, all);
        return Files.readAllBytes(out.resolve("raindrops.jpg"));
    }

    /** Bytes as their length and SHA-256, so that a failure reads in a line. */
    private static String digest(byte[] bytes) throws NoSuchAlgorithmException {
        byte[] sha256 = MessageDigest.getInstance("SHA-256").digest(bytes);
        return bytes.length + " bytes, SHA-256 " + HexFormat.of().formatHex(sha256);
    }

    /** Runs the packaged imgproc with {@code environment} added to this JVM's; returns what it printed. */
    private static String run(Map<String, String> environment, String... args) throws IOException,
            InterruptedException {
        Path output = Files.createTempFile(work, "output", ".txt");
        ProcessBuilder builder = new ProcessBuilder(ImgprocProcess.command(args))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(variable -> variable.startsWith("TJ_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("imgproc " + String.join(" ", args) + " did not finish in 2 minutes");
        }
        String printed = Files.readString(output);
        assertThat(process.exitValue()).as(printed).isZero();
        return printed;
    }
}
