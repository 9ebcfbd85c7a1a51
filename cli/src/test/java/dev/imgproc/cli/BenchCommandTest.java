package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imgproc bench} refuses bad input before it starts anything. Running it for real takes child JVMs: see
 * {@link BenchCommandIT}.
 */
class BenchCommandTest {
    @TempDir
    Path tmp;

    @Test
    void unknownPipelinesAreUsageErrorsThatListTheKnownOnes() {
        Cli result = Cli.run("bench", "--pipeline", "P2,P9");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("--pipeline: unknown pipeline \"P9\"; expected one of P1 thumb, P2 web,"
                + " P3 heavy, P4 edges, or all");
    }

    @Test
    void peersAreChosenWithPeersNotAsScenarios() {
        Cli result = Cli.run("bench", "--scenarios", "engine,libvips");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("libvips is a peer tool: use --peers to run the peers");
    }

    @Test
    void aReportWhoseFormatCannotBeToldIsRefusedBeforeAnythingRuns() {
        Cli result = Cli.run("bench", "--report", tmp.resolve("bench.csv").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err()).contains("name it .md, .json or .txt, or give --report-format");
    }

    @Test
    void badSizesAndCountsAreUsageErrors() {
        assertThat(Cli.run("bench", "--size", "4k").err()).contains("expected WIDTHxHEIGHT");
        assertThat(Cli.run("bench", "--count", "0").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(Cli.run("bench", "--runs", "0").err()).contains("must be at least 1");
    }

    @Test
    void aFolderWithoutJpegsIsNoInput() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("photos"));
        Files.writeString(empty.resolve("notes.txt"), "not a photo");

        Cli result = Cli.run("bench", empty.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(result.err()).contains(empty + ": no .jpg or .jpeg files in it");
    }

    @Test
    void aMissingFolderIsNoInput() {
        Cli result = Cli.run("bench", tmp.resolve("missing").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    }

    @Test
    void helpExplainsScenariosAndPipelines() {
        Cli result = Cli.run("bench", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("naive, sequential, io-only, compute-only, engine; --peers adds", "P2 web    resize=1920,blur=2,brightness=1.2",
                "not real photos");
    }
}
