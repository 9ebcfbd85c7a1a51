package dev.imgproc.filter.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The resampler's unrounded output against the plain definition: each output sample is the sum over the vertical
 * taps of the sum over the horizontal taps of weight times input, computed here in double, directly, from the same
 * taps. Covers the phase convolution (2x, 12/5, 4/3), the direct sums at clipped edges, a scale with no short
 * period, an upscale and a crop.
 */
class ResamplerTest {

    @ParameterizedTest(name = "{0}x{1} -> {2}x{3} from column {4}")
    @CsvSource({
        "240, 60, 120, 30, 0, 120",
        "240, 50, 100, 21, 0, 100",
        "120, 40, 90, 30, 0, 90",
        "211, 40, 97, 20, 0, 97",
        "50, 20, 75, 30, 0, 75",
        "240, 60, 160, 40, 20, 100",
    })
    void outputIsTheWeightedSumOfTheInputsTapsSay(int inWidth, int inHeight, int outWidth, int outHeight, int from,
            int columns) {
        Image in = TestImages.noise(inWidth, inHeight, 3);
        Taps horizontal = Taps.resample(inWidth, outWidth, Kernel.LANCZOS3, from, columns);
        Taps vertical = Taps.resample(inHeight, outHeight, Kernel.LANCZOS3, 0, outHeight);
        float[][][] actual = new float[outHeight][][];

        Resampler.apply(in, horizontal, vertical, (y, x, n, planes) -> {
            assertThat(x).isZero();
            assertThat(n).isEqualTo(columns);
            actual[y] = new float[3][];
            for (int p = 0; p < 3; p++) {
                actual[y][p] = java.util.Arrays.copyOf(planes[p], columns);
            }
        });

        for (int y = 0; y < outHeight; y++) {
            for (int x = 0; x < columns; x++) {
                for (int p = 0; p < 3; p++) {
                    assertThat((double) actual[y][p][x]).as("plane %d at %d,%d", p, x, y)
                            .isCloseTo(expected(in, horizontal, vertical, x, y, 16 - 8 * p), offset(2e-3));
                }
            }
        }
    }

    private static double expected(Image in, Taps horizontal, Taps vertical, int x, int y, int shift) {
        double sum = 0;
        for (int j = 0; j < vertical.count(y); j++) {
            int row = vertical.clampIndex(vertical.first(y) + j);
            double line = 0;
            for (int k = 0; k < horizontal.count(x); k++) {
                int column = horizontal.clampIndex(horizontal.first(x) + k);
                line += horizontal.weight(x, k) * ((in.argb(column, row) >> shift) & 0xFF);
            }
            sum += vertical.weight(y, j) * line;
        }
        return sum;
    }
}
