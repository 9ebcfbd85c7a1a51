package dev.imgproc.filter.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SymmetricConvolutionTest {

    /** Every tile width, aligned or not, wider or narrower than the kernel, gives the bytes of the untiled pass. */
    @ParameterizedTest
    @ValueSource(strings = {"gray", "rgb", "rgba"})
    void columnTilesGiveExactlyTheUntiledResult(String channels) {
        Image in = switch (channels) {
            case "gray" -> TestImages.grayNoise(157, 41, 5);
            case "rgb" -> TestImages.noise(157, 41, 5);
            default -> TestImages.noise(157, 41, 5, true);
        };
        float[] kernel = Gaussian.kernel(3); // radius 9: tiles narrower than the kernel read past both neighbours

        int[] whole = convolve(in, kernel, in.width());

        for (int tile : new int[] {1, 5, 16, 40, 64, 156}) {
            assertThat(convolve(in, kernel, tile)).as("tiles %d wide", tile).isEqualTo(whole);
        }
    }

    @ParameterizedTest
    @CsvSource({
        // width, ring rows, planes, tile: a ring that fits a megabyte is not tiled (sigma 2 on a 4K RGB row takes
        // 13 x 3 x 4 bytes a column, 0.6 MB); sigma 8 (49 rows) on 4K RGB, 2.3 MB: three tiles, aligned to 16
        "3840, 13, 3, 3840",
        "3840, 49, 3, 1280",
        "3840, 49, 1, 3840",
        "100, 2000, 4, 32",
        "7, 49, 3, 7"
    })
    void tilesAreAsWideAsTheRingBudgetAllows(int width, int ringRows, int planes, int tile) {
        assertThat(SymmetricConvolution.tileWidth(width, ringRows, planes)).isEqualTo(tile);
    }

    private static int[] convolve(Image in, float[] kernel, int tileWidth) {
        PlaneLayout layout = PlaneLayout.of(in.channels());
        int[] out = new int[in.pixels().length];
        SymmetricConvolution.apply(in, kernel, (y, x, n, planes) -> layout.pack(planes, n, out, y * in.width() + x),
                tileWidth);
        return out;
    }
}
