package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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
    void everySubcommandPrintsTheVersion() {
        for (String command : new String[] {"process", "worker", "cluster", "filters", "bench"}) {
            Cli result = Cli.run(command, "--version");

            assertThat(result.exitCode()).as(command).isZero();
            assertThat(result.out()).as(command).startsWith("imgproc ").contains("codecs:");
        }
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertThat(Imgproc.commandLine(new String[] {"filters", "blur"}).getSubcommands()).containsOnlyKeys("filters");
        assertThat(Imgproc.commandLine(new String[] {"--version"}).getSubcommands()).isEmpty();
        assertThat(Imgproc.commandLine(new String[] {"help", "process"}).getSubcommands())
                .containsOnlyKeys("process", "worker", "cluster", "filters", "bench", "help");
        assertThat(Imgproc.commandLine(new String[] {"--help"}).getSubcommands()).hasSize(6);
        assertThat(Imgproc.commandLine(new String[] {"proces"}).getSubcommands()).hasSize(6);
    }

    @Test
    void helpForASubcommandStillWorks() {
        Cli result = Cli.run("help", "filters");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: imgproc filters");
    }

    @Test
    void aMistypedSubcommandIsAUsageErrorThatSuggestsTheRightOne() {
        Cli result = Cli.run("proces", "in");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("Unmatched argument").contains("Did you mean: imgproc process?");
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

    /**
     * picocli renders help texts with String.format: a bare {@code %} ("9% smaller") makes it print a warning on
     * stderr (its tracer writes to System.err) and fall back to the raw text, in every {@code --help}.
     */
    @Test
    void everyHelpTextIsAValidFormatString() {
        List<String> usages = new ArrayList<>();
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        PrintStream err = System.err;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            collectUsages(Imgproc.commandLine(), usages);
        } finally {
            System.setErr(err);
        }

        assertThat(usages).hasSize(8); // imgproc, its 6 subcommands, cluster status
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static void collectUsages(CommandLine command, List<String> usages) {
        usages.add(command.getUsageMessage());
        command.getSubcommands().values().forEach(sub -> collectUsages(sub, usages));
    }
}
