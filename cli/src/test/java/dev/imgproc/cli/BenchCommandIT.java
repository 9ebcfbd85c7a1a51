package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.imgproc.bench.compare.PeerTool;
import dev.imgproc.bench.compare.Peers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code imgproc bench} through the packaged jar on two tiny generated images, one round: every scenario runs in its
 * own process and lands in the table and the JSON report. Peers run where they are installed; where not, they are
 * skipped, and so are their rows here. Nothing about speed is asserted: only the shape.
 */
class BenchCommandIT {
    @TempDir
    Path tmp;

    @Test
    @SuppressWarnings("unchecked")
    void runsEveryScenarioOnTwoTinyImagesAndReportsThemAsATableAndJson() throws Exception {
        // given
        Path report = tmp.resolve("reports/bench.json");
        Path markdown = tmp.resolve("reports/bench.md");
        List<PeerTool> peers = Peers.fromEnvironment().find();
        List<String> scenarios = new ArrayList<>(List.of("naive", "sequential", "io-only", "compute-only", "engine"));
        peers.forEach(p -> scenarios.add(p.scenario().id()));

        // when
        ImgprocProcess result = ImgprocProcess.run(tmp, "bench", "--count", "2", "--size", "480x270", "--runs", "1",
                "--pipeline", "P1,P2", "--peers", "--report", report.toString(), "--report", markdown.toString());

        // then: the table on stdout, a row per pipeline and scenario
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.err()).contains("generating 2 synthetic 480x270 JPEGs (not real photos)", "[1/");
        List<String> table = result.out().lines().dropWhile(l -> !l.startsWith("pipeline")).takeWhile(l -> !l.isBlank())
                .toList();
        assertThat(table.getFirst()).contains("images/s", "MP/s", "vs naive", "peak RSS MiB");
        assertThat(table).hasSize(1 + 2 * scenarios.size());
        assertThat(table.get(1)).startsWith("P1 thumb  naive sequential").contains("1.00x", "1/1");
        assertThat(result.out()).contains("not real photos");

        // and the JSON report: every scenario with its run, and the quality checks
        Map<String, Object> json = JSON.std.mapFrom(Files.readString(report));
        List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("results");
        assertThat(results).extracting(r -> r.get("scenario")).containsSubsequence(scenarios);
        assertThat(results).hasSize(2 * scenarios.size()).allSatisfy(r -> {
            assertThat(r.get("failures")).isEqualTo(0);
            assertThat(((Number) r.get("medianWallSeconds")).doubleValue()).isPositive();
            assertThat((List<?>) r.get("runs")).hasSize(1);
        });
        List<Map<String, Object>> quality = (List<Map<String, Object>>) json.get("quality");
        boolean vips = peers.stream().anyMatch(p -> p.scenario().id().equals("libvips"));
        assertThat(quality).hasSize(vips ? 4 : 2).allSatisfy(q -> assertThat(q.get("sameGeometry")).isEqualTo(true));
        assertThat(json).containsEntry("allPassed", true);
        assertThat((Map<String, Object>) json.get("inputs")).containsEntry("generated", true);
        assertThat(Files.readString(markdown)).startsWith("## imgproc bench").contains("| P2 web | engine: full |");
    }
}
