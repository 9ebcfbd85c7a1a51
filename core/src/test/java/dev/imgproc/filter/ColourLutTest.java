package dev.imgproc.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import java.util.function.DoubleFunction;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class ColourLutTest {

    /** Every level in each channel: red v, green 255 - v, blue (v * 7) mod 256, alpha v. */
    private static final Image ALL_LEVELS = allLevels();

    @Test
    void brightnessGivesItsDefinitionAtEveryLevelForEveryFactorOnAGrid() {
        assertEveryFactorFollows(Brightness::new, factor -> v -> Argb.clamp(v * factor));
    }

    @Test
    void contrastGivesItsDefinitionAtEveryLevelForEveryFactorOnAGrid() {
        assertEveryFactorFollows(Contrast::new, factor -> v -> Argb.clamp((v - 128) * factor + 128));
    }

    @Test
    void theFactorsOfTheReferencePipelinesAreComputedFromTheLine() {
        assertThat(ColourLut.fit(table(v -> Argb.clamp(v * 1.2)), 1.2, 0)).isNotNull();
        assertThat(ColourLut.fit(table(v -> Argb.clamp((v - 128) * 1.3 + 128)), 1.3, 128 - 128 * 1.3)).isNotNull();
    }

    @Test
    void aTableNoFixedPointLineRoundsAlikeIsLookedUp() {
        // 0.29 * v + 0.5 falls within rounding error of a whole number at some level, and the double product rounds
        // it otherwise than every 16-bit line does; the brightness test above runs 0.29, through the table
        double factor = 0.29;
        assertThat(ColourLut.fit(table(v -> Argb.clamp(v * factor)), factor, 0)).isNull();
    }

    @Test
    void aLineIsOnlyTakenWhenItGivesTheWholeTable() {
        int[] identity = table(v -> v);
        identity[200] = 201;

        assertThat(ColourLut.fit(identity, 1, 0)).isNull();
        assertThat(ColourLut.fit(table(v -> v), 1, 0)).isEqualTo(new ColourLut.Line(1 << 16, 1 << 15));
    }

    private static void assertEveryFactorFollows(DoubleFunction<Filter> filter,
            DoubleFunction<IntUnaryOperator> definition) {
        int[] in = ALL_LEVELS.pixels();
        for (int step = 0; step <= 1000; step++) {
            double factor = step / 100.0;
            IntUnaryOperator level = definition.apply(factor);
            int[] out = filter.apply(factor).apply(ALL_LEVELS).pixels();
            for (int i = 0; i < in.length; i++) {
                int p = in[i];
                int expected = (p & 0xFF000000) | level.applyAsInt(Argb.red(p)) << 16
                        | level.applyAsInt(Argb.green(p)) << 8 | level.applyAsInt(Argb.blue(p));
                if (out[i] != expected) {
                    throw new AssertionError(String.format("factor %s, pixel %08X: expected %08X but got %08X",
                            factor, p, expected, out[i]));
                }
            }
        }
    }

    private static int[] table(IntUnaryOperator level) {
        int[] table = new int[256];
        for (int v = 0; v < 256; v++) {
            table[v] = level.applyAsInt(v);
        }
        return table;
    }

    private static Image allLevels() {
        int[] pixels = new int[256];
        for (int v = 0; v < 256; v++) {
            pixels[v] = v << 24 | v << 16 | (255 - v) << 8 | (v * 7) & 0xFF;
        }
        return new Image(16, 16, pixels, Channels.RGBA);
    }
}
