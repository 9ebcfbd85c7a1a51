package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcTreeTest {
    @TempDir
    Path tmp;

    @Test
    void readsKilobyteFieldsOfAStatusFile() throws Exception {
        Path status = Files.writeString(tmp.resolve("status"), "Name:\tjava\nVmHWM:\t  123456 kB\nVmRSS:\t   98765 kB\n");

        assertThat(ProcTree.statusField(status, "VmHWM:")).isEqualTo(123456);
        assertThat(ProcTree.statusField(status, "VmRSS:")).isEqualTo(98765);
        assertThat(ProcTree.statusField(status, "VmSwap:")).isEqualTo(-1);
        assertThat(ProcTree.statusField(tmp.resolve("missing"), "VmRSS:")).isEqualTo(-1);
    }

    @Test
    void aProcessTreesMemoryCountsItsChildren() throws Exception {
        assumeTrue(ProcTree.available(), "needs Linux /proc");
        // given: sh waiting on a sleep child
        Process sh = new ProcessBuilder("sh", "-c", "sleep 5; true").start();
        try {
            List<Long> tree = List.of();
            for (int i = 0; i < 100 && tree.size() < 2; i++) {
                Thread.sleep(20);
                tree = ProcTree.tree(sh.pid());
            }

            // then
            assertThat(tree).hasSize(2).startsWith(sh.pid());
            assertThat(ProcTree.treeRssKb(sh.pid())).isPositive();
            assertThat(ProcTree.selfPeakRssKb()).isPositive();
        } finally {
            sh.descendants().forEach(ProcessHandle::destroyForcibly);
            sh.destroyForcibly();
        }
    }

    @Test
    void theRunnerTimesACommandAndSamplesItsMemory() throws Exception {
        assumeTrue(ProcTree.available(), "needs Linux /proc");

        CommandRunner.Execution run = new CommandRunner(Duration.ofSeconds(30))
                .run(List.of("sh", "-c", "echo hello; sleep 0.2"), null, tmp, "hello");

        assertThat(run.exitCode()).isZero();
        assertThat(run.stdout()).isEqualTo("hello\n");
        assertThat(run.wallNanos()).isPositive();
        assertThat(run.peakRssKb()).isPositive();
        assertThat(run.timedOut()).isFalse();
    }

    @Test
    void aCommandPastItsTimeoutIsKilledAndSaysSo() throws Exception {
        CommandRunner.Execution run = new CommandRunner(Duration.ofMillis(200))
                .run(List.of("sleep", "30"), null, tmp, "slow");

        assertThat(run.timedOut()).isTrue();
        assertThat(run.exitCode()).isEqualTo(-1);
    }
}
