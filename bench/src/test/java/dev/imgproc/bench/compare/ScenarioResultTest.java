package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.bench.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScenarioResultTest {
    @Test
    void figuresComeFromTheMedianOfTheGoodRuns() {
        ScenarioResult result = new ScenarioResult(Pipeline.P1, Scenario.ENGINE, "cmd", 4, 33.2, List.of(
                new RunSample(1, 2.0, 2048, null),
                new RunSample(2, 0.1, 10, "exit code 1"),
                new RunSample(3, 4.0, 4096, null)));

        assertThat(result.medianWallSeconds()).isEqualTo(3.0);
        assertThat(result.imagesPerSecond()).isEqualTo(4 / 3.0);
        assertThat(result.megapixelsPerSecond()).isEqualTo(33.2 / 3.0);
        assertThat(result.peakRssMib()).isEqualTo(3.0);
        assertThat(result.failures()).isEqualTo(1);
        assertThat(result.firstError()).isEqualTo("exit code 1");
        assertThat(result.hasResult()).isTrue();
    }

    @Test
    void unknownMemoryIsNotZero() {
        ScenarioResult result = new ScenarioResult(Pipeline.P1, Scenario.ENGINE, "cmd", 1, 8.3,
                List.of(new RunSample(1, 1.0, -1, null)));

        assertThat(result.peakRssMib()).isNaN();
    }

    @Test
    void childResultLinesAreFoundAmongOtherOutput() {
        String stdout = "some log line\n" + ScenarioMain.RESULT_PREFIX
                + "{\"images\":6,\"failed\":1,\"millis\":1234,\"vmHwmKb\":400000,\"error\":\"a.jpg: truncated\"}\n";

        Comparison.ChildResult result = Comparison.ChildResult.parse(stdout);

        assertThat(result).isEqualTo(new Comparison.ChildResult(6, 1, 400000, "a.jpg: truncated"));
        assertThat(Comparison.ChildResult.parse("no result here\n")).isNull();
    }
}
