package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {
    @Test
    @SuppressWarnings("unchecked")
    void holdsTheTablesFiguresAndEveryRun() throws Exception {
        Map<String, Object> json = JSON.std.mapFrom(JsonReport.of(SampleReports.p2()));

        assertThat(json).containsKeys("tool", "environment", "inputs", "settings", "results", "quality", "notes",
                "allPassed");
        assertThat((Map<String, Object>) json.get("inputs")).containsEntry("generated", true).containsEntry("count", 2);
        List<Map<String, Object>> results = (List<Map<String, Object>>) json.get("results");
        Map<String, Object> engine = results.get(2);
        assertThat(engine).containsEntry("pipeline", "P2").containsEntry("scenario", "engine")
                .containsEntry("medianWallSeconds", 2.2).containsEntry("speedupVsNaive", 5.0)
                .containsEntry("speedupVsSequential", 2.0)
                .containsEntry("peakRssMib", 614.4).containsEntry("failures", 0);
        assertThat((List<?>) engine.get("runs")).hasSize(3);
        // a scenario without a single good run has nulls, not NaN (which is not JSON)
        assertThat(results.get(4)).containsEntry("medianWallSeconds", null).containsEntry("speedupVsNaive", null);
        assertThat((List<Map<String, Object>>) json.get("quality")).first()
                .satisfies(q -> assertThat(q).containsEntry("passed", true).containsEntry("gateDb", 32.0));
        assertThat((List<Map<String, Object>>) json.get("quality")).last()
                .satisfies(q -> assertThat(q).containsEntry("minPsnrDb", "identical").containsEntry("passed", null));
        // a failed run anywhere means not all passed
        assertThat(json).containsEntry("allPassed", false);
    }

    @Test
    void formatsAreChosenByExtensionOrName() {
        assertThat(ReportFormat.byFileName(Path.of("out/bench.md"))).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.byFileName(Path.of("bench.JSON"))).contains(ReportFormat.JSON);
        assertThat(ReportFormat.byFileName(Path.of("bench.txt"))).contains(ReportFormat.TEXT);
        assertThat(ReportFormat.byFileName(Path.of("bench"))).isEmpty();
        assertThat(ReportFormat.byName("markdown")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.byName("csv")).isEmpty();
    }
}
