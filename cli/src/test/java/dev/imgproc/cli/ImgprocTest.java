package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
