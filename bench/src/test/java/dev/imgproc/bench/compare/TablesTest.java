package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {
    private final BenchReport report = SampleReports.p2();

    @Test
    void rowsShowMediansRatesAndTheSpeedUpOverNaive() {
        List<List<String>> rows = Tables.speedRows(report);

        assertThat(rows.getFirst()).containsExactly("pipeline", "scenario", "images/s", "MP/s", "wall s (min-max)",
                "vs naive", "vs seq.", "peak RSS MiB", "runs ok");
        // naive: median 11 s for 2 images of 8.3 MP
        assertThat(rows.get(1)).containsExactly("P2 web", "naive sequential", "0.18", "1.51", "11.00 (10.00-12.00)",
                "1.00x", "0.40x", "400", "3/3");
        // engine: median 2.2 s, 11 / 2.2 = 5x naive, 4.4 / 2.2 = 2x sequential, median peak 0.6 GiB
        assertThat(rows.get(3)).containsExactly("P2 web", "engine: full", "0.91", "7.54", "2.20 (2.00-2.50)", "5.00x",
                "2.00x", "614", "3/3");
    }

    @Test
    void failedRunsAreCountedAndNamedButNotAveragedIn() {
        List<List<String>> rows = Tables.speedRows(report);

        // libvips: the median of the two good runs (0.8, 1.0), and the failure shown
        assertThat(rows.get(4).get(4)).isEqualTo("0.90 (0.80-1.00)");
        assertThat(rows.get(4).get(8)).isEqualTo("2/3: exit code 1: vips: unable to load");
        // ImageMagick: no figure at all
        assertThat(rows.get(5)).containsExactly("P2 web", "ImageMagick", "failed", "-", "-", "-", "-", "-",
                "0/1: wrote 0 of 2 images");
    }

    @Test
    void qualityRowsShowTheGateOnlyWhereThereIsOne() {
        List<List<String>> rows = Tables.qualityRows(report);

        assertThat(rows.get(1)).containsExactly("P2 web", "libvips CLI", "2", "same", "40.5 dB", "41.3 dB",
                ">= 32 dB: pass");
        assertThat(rows.get(2)).containsExactly("P2 web", "naive sequential", "2", "same", "identical", "identical",
                "(for information)");
    }

    @Test
    void textAlignsColumnsAndSaysWhatRanWhere() {
        String text = Tables.text(report);

        assertThat(text).contains("2 images, 3840x2160, 16.6 MP, 2.0 MB: generated (seed 1): synthetic, not real photos")
                .contains("3 run(s) per scenario, medians; 2 threads; 2 cores; Java 25.0.3; Linux amd64")
                .contains("load average 3.10 2.00 1.00 before, 3.50 2.10 1.10 after")
                .contains("Note: Inputs were generated.");
        List<String> table = text.lines().dropWhile(l -> !l.startsWith("pipeline")).takeWhile(l -> !l.isBlank())
                .toList();
        assertThat(table).hasSize(6);
        // right-aligned figures end in the same column
        int end = table.get(1).indexOf("0.18") + 4;
        assertThat(table.get(3).indexOf("0.91") + 4).isEqualTo(end);
    }

    @Test
    void markdownHasTheSameCellsAsPipeTables() {
        String md = Tables.markdown(report);

        assertThat(md).startsWith("## imgproc bench\n")
                .contains("| pipeline | scenario | images/s | MP/s | wall s (min-max) | vs naive | vs seq. | peak RSS MiB"
                        + " | runs ok |\n|---|---|---|---|---|---|---|---|---|\n")
                .contains("| P2 web | engine: full | 0.91 | 7.54 | 2.20 (2.00-2.50) | 5.00x | 2.00x | 614 | 3/3 |")
                .contains("### Quality")
                .contains("> Inputs were generated.");
    }

    @Test
    void figuresKeepAboutThreeSignificantDigits() {
        assertThat(Tables.rate(0.1234)).isEqualTo("0.12");
        assertThat(Tables.rate(12.345)).isEqualTo("12.3");
        assertThat(Tables.rate(123.45)).isEqualTo("123");
        assertThat(Tables.rate(Double.NaN)).isEqualTo("-");
        assertThat(Tables.speedup(14.26)).isEqualTo("14.3x");
        assertThat(Tables.decibels(Double.POSITIVE_INFINITY)).isEqualTo("identical");
    }
}
