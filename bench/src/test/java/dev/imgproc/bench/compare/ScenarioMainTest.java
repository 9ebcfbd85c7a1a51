package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.engine.EngineConfig;
import org.junit.jupiter.api.Test;

/** The engine scenarios differ in their engine configuration only. */
class ScenarioMainTest {
    @Test
    void sequentialAdmitsOneJobAndFiltersOnOneThread() {
        EngineConfig sequential = ScenarioMain.engineConfig(Scenario.SEQUENTIAL, 8);

        assertThat(sequential.computeThreads()).isEqualTo(1);
        assertThat(sequential.maxInFlight()).isEqualTo(1);
    }

    @Test
    void ioOnlyKeepsTheFullWindowButFiltersOnOneThread() {
        EngineConfig full = EngineConfig.forThreads(8);

        EngineConfig io = ScenarioMain.engineConfig(Scenario.IO_ONLY, 8);

        assertThat(io.computeThreads()).isEqualTo(1);
        assertThat(io.maxInFlight()).isEqualTo(full.maxInFlight());
        assertThat(io.memoryBudget()).isEqualTo(full.memoryBudget());
    }

    @Test
    void computeOnlyAdmitsOneJobAndGivesItEveryThread() {
        EngineConfig compute = ScenarioMain.engineConfig(Scenario.COMPUTE_ONLY, 8);

        assertThat(compute.computeThreads()).isEqualTo(8);
        assertThat(compute.maxInFlight()).isEqualTo(1);
    }

    @Test
    void theFullEngineIsWhatImgprocProcessUses() {
        assertThat(ScenarioMain.engineConfig(Scenario.ENGINE, 8)).isEqualTo(EngineConfig.forThreads(8));
    }

    @Test
    void naiveAndPeersDoNotRunOnTheEngine() {
        assertThatThrownBy(() -> ScenarioMain.engineConfig(Scenario.NAIVE, 2))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScenarioMain.engineConfig(Scenario.LIBVIPS, 2))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
