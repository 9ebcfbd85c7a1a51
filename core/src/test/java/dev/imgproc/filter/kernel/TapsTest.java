package dev.imgproc.filter.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TapsTest {

    /**
     * A scale that is a ratio of small numbers repeats: output i + period has bitwise the weights of output i and
     * starts step inputs further on, which is what the resampler's phase convolution relies on.
     */
    @ParameterizedTest(name = "{0} -> {1}: period {2}, step {3}")
    @CsvSource({"3840, 1920, 1, 2", "1920, 800, 5, 12", "1000, 1500, 3, 2", "640, 480, 3, 4"})
    void rationalScalesHaveBitwisePeriodicWeights(int in, int out, int period, int step) {
        Taps taps = Taps.resample(in, out, Kernel.LANCZOS3, 0, out);

        assertThat(taps.period()).isEqualTo(period);
        assertThat(taps.step()).isEqualTo(step);
        assertThat(taps.periodicTo() - taps.periodicFrom()).isGreaterThan(out - 4 * step * 3);
        for (int i = taps.periodicFrom(); i + period < taps.periodicTo(); i++) {
            assertThat(taps.first(i + period)).isEqualTo(taps.first(i) + step);
            assertThat(taps.count(i + period)).isEqualTo(taps.count(i));
            for (int k = 0; k < taps.count(i); k++) {
                assertThat(taps.weight(i + period, k)).isEqualTo(taps.weight(i, k));
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"3840, 1917", "1000, 997"})
    void scalesWithALongPeriodHaveNone(int in, int out) {
        assertThat(Taps.resample(in, out, Kernel.LANCZOS3, 0, out).period()).isZero();
    }

    @ParameterizedTest
    @CsvSource({"3840, 1920", "1920, 800", "77, 31"})
    void everyOutputsWeightsSumToOne(int in, int out) {
        Taps taps = Taps.resample(in, out, Kernel.LANCZOS3, 0, out);

        for (int i = 0; i < out; i++) {
            double sum = 0;
            for (int k = 0; k < taps.count(i); k++) {
                sum += taps.weight(i, k);
            }
            assertThat(sum).isCloseTo(1, org.assertj.core.data.Offset.offset(1e-5));
        }
    }

    /** Computed taps are shared, but only by calls with every argument the same. */
    @Test
    void theCacheHandsOutTapsOnlyForTheSameArguments() {
        Taps base = Taps.resample(1920, 0.0, 1919.5, 800, Kernel.LANCZOS3, 0, 700);

        assertThat(Taps.resample(1920, 0.0, 1919.5, 800, Kernel.LANCZOS3, 0, 700)).isSameAs(base);
        assertThat(List.of(
                        Taps.resample(1921, 0.0, 1919.5, 800, Kernel.LANCZOS3, 0, 700),
                        Taps.resample(1920, 0.25, 1919.5, 800, Kernel.LANCZOS3, 0, 700),
                        Taps.resample(1920, 0.0, 1919.0, 800, Kernel.LANCZOS3, 0, 700),
                        Taps.resample(1920, 0.0, 1919.5, 801, Kernel.LANCZOS3, 0, 700),
                        Taps.resample(1920, 0.0, 1919.5, 800, Kernel.CUBIC, 0, 700),
                        Taps.resample(1920, 0.0, 1919.5, 800, Kernel.LANCZOS3, 1, 700),
                        Taps.resample(1920, 0.0, 1919.5, 800, Kernel.LANCZOS3, 0, 699)))
                .allSatisfy(other -> assertThat(other).isNotSameAs(base));
    }
}
