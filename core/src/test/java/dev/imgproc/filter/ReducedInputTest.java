package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Reduction;
import dev.imgproc.image.Size;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Shrink-on-load from the filters' side: how small a stand-in for the input a chain can start from, and that a
 * reduced copy (a JPEG decoded at 1/2, 1/4...) resizes to what the whole input resizes to.
 */
class ReducedInputTest {

    @ParameterizedTest(name = "{0} of 4000x3000 needs {1}")
    @CsvSource(delimiterString = "->", value = {
        "resize=800x800 -> 800x600",
        "resize=800x800:fit=cover -> 1067x800",     // cover resamples past the box, then crops
        "resize=800x800:fit=contain -> 800x600",
        "resize=800x200:fit=fill -> 800x200",
        "resize=8000x200:fit=fill -> 4000x200",     // a side that grows needs all its pixels
        "resize=400 -> 400x300",
        "resize=10% -> 400x300",
        "resize=5000> -> 4000x3000",                // shrink-only that does not shrink
        "resize=8000 -> 4000x3000",
        "resize=800:kernel=nearest -> 4000x3000",   // nearest picks pixels: no averaging decode
        "resize=800,blur=2 -> 800x600",             // only the first filter decides
        "blur=2,resize=800 -> 4000x3000",
        "crop=100x100,resize=10 -> 4000x3000",
    })
    void theChainsFirstFilterSaysHowSmallItsInputMayBe(String spec, String minimum) {
        assertThat(FilterChain.parse(spec).minimumInput(new Size(4000, 3000))).hasToString(minimum);
    }

    @Test
    void anEmptyChainNeedsTheWholeInput() {
        assertThat(FilterChain.EMPTY.minimumInput(new Size(40, 30))).isEqualTo(new Size(40, 30));
    }

    /**
     * 101x67 reduced by box averaging, rounding up as libjpeg does: the copy's last column and row stand for one
     * pixel of the original each. Resampled through the extent, the result is the full resize within a level;
     * stretching the copy over the whole image instead is off by 3 to 7 levels here.
     */
    @ParameterizedTest
    @CsvSource({"resize=20x20, 2", "resize=20x20, 4", "resize=30x10:fit=cover, 4", "resize=12x12:fit=fill, 4",
        "resize=20x20:fit=contain:background=#ff0000, 2"})
    void aReducedCopyResizesToWhatTheWholeInputResizesTo(String spec, int shrink) {
        Image whole = gradient(101, 67);
        Image copy = boxReduced(whole, shrink);
        FilterChain chain = FilterChain.parse(spec);

        Image expected = chain.apply(whole);
        Image actual = chain.apply(copy, Reduction.of(whole.size(), shrink));

        assertThat(actual).hasChannels(expected.channels()).isCloseTo(expected, 1);
    }

    /** After an EXIF turn, the partial row of the copy is at the top: the extent says so, and geometry still holds. */
    @Test
    void aCopyWhosePartialRowIsAtTheTopResizesAsWell() {
        Image whole = gradient(101, 67);
        Image flipped = flipVertically(boxReduced(flipVertically(whole), 4));
        Reduction extent = Reduction.of(whole.size(), 4).flippedVertically(flipped.height());

        Image actual = FilterChain.parse("resize=20x20").apply(flipped, extent);

        assertThat(actual).isCloseTo(FilterChain.parse("resize=20x20").apply(whole), 1);
    }

    @Test
    void withoutReductionItIsThePlainChain() {
        Image in = TestImages.noise(40, 30, 3);
        FilterChain chain = FilterChain.parse("resize=20x20,invert");

        assertThat(chain.apply(in, Reduction.none(in.size()))).hasSamePixelsAs(chain.apply(in));
    }

    @Test
    void aFilterThatNeedsEveryPixelRefusesAReducedCopy() {
        Image copy = TestImages.noise(20, 15, 3);

        assertThatThrownBy(() -> FilterChain.parse("blur=2").apply(copy, Reduction.of(new Size(40, 30), 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs its whole input (40x30)");
    }

    private static Image gradient(int width, int height) {
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = 0xFF000080 | (x * 255 / (width - 1)) << 16 | (y * 255 / (height - 1)) << 8;
            }
        }
        return new Image(width, height, pixels, Channels.RGB);
    }

    /** Averages shrink x shrink blocks, the sides rounded up, the edge repeated into a partial block. */
    private static Image boxReduced(Image in, int shrink) {
        int width = Math.ceilDiv(in.width(), shrink);
        int height = Math.ceilDiv(in.height(), shrink);
        int[] out = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int j = 0; j < shrink; j++) {
                    for (int i = 0; i < shrink; i++) {
                        int p = in.argb(Math.min(in.width() - 1, x * shrink + i),
                                Math.min(in.height() - 1, y * shrink + j));
                        r += (p >> 16) & 0xFF;
                        g += (p >> 8) & 0xFF;
                        b += p & 0xFF;
                    }
                }
                int n = shrink * shrink;
                out[y * width + x] = 0xFF000000 | (r + n / 2) / n << 16 | (g + n / 2) / n << 8 | (b + n / 2) / n;
            }
        }
        return new Image(width, height, out, in.channels());
    }

    private static Image flipVertically(Image in) {
        int[] out = new int[in.pixels().length];
        for (int y = 0; y < in.height(); y++) {
            System.arraycopy(in.pixels(), y * in.width(), out, (in.height() - 1 - y) * in.width(), in.width());
        }
        return in.withPixels(in.width(), in.height(), out);
    }
}
