package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImgprocTest {

    @Test
    void helpDocumentsTheExitCodes() {
        Cli result = Cli.run("process", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Exit codes:")
                .contains("0   all files done")
                .contains("1   some files failed")
                .contains("2   usage error or invalid filter spec")
                .contains("3   no input found")
                .contains("4   output folder not writable")
                .contains("5   internal error");
    }

    @Test
    void versionNamesTheActiveCodecs() {
        Cli result = Cli.run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("imgproc ").contains("Java 25").contains("codecs:").contains("jpeg");
    }

    @Test
    void unknownOptionsAreUsageErrors() {
        Cli result = Cli.run("process", "--frobnicate", "in", "-o", "out");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("Unknown option: '--frobnicate'").contains("imgproc process --help");
    }

    @Test
    void stackTracesOnlyWithTheOption(@TempDir Path tmp) {
        String missing = tmp.resolve("missing").toString();
        String out = tmp.resolve("out").toString();

        Cli plain = Cli.run("process", missing, "-o", out);
        Cli traced = Cli.run("process", missing, "-o", out, "--stacktrace");

        assertThat(plain.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(plain.err()).contains("no such file or folder").doesNotContain("\tat dev.imgproc.");
        assertThat(traced.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(traced.err()).contains("BatchException").contains("\tat dev.imgproc.batch.InputScanner.scan");
    }
}
