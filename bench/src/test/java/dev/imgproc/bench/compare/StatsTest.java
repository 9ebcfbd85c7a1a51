package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatsTest {
    @Test
    void medianOfAnOddCountIsTheMiddleValueWhateverTheOrder() {
        assertThat(Stats.median(List.of(9.0, 1.0, 5.0))).isEqualTo(5.0);
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() {
        assertThat(Stats.median(List.of(4.0, 1.0, 3.0, 100.0))).isEqualTo(3.5);
    }

    @Test
    void oneOutlierDoesNotMoveTheMedian() {
        assertThat(Stats.median(List.of(2.0, 2.1, 60.0))).isEqualTo(2.1);
    }

    @Test
    void nothingMeasuredIsNotANumber() {
        assertThat(Stats.median(List.of())).isNaN();
        assertThat(Stats.min(List.of())).isNaN();
        assertThat(Stats.max(List.of())).isNaN();
    }

    @Test
    void minAndMax() {
        assertThat(Stats.min(List.of(3.0, 1.5, 2.0))).isEqualTo(1.5);
        assertThat(Stats.max(List.of(3.0, 1.5, 2.0))).isEqualTo(3.0);
    }
}
