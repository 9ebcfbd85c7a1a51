package dev.imgproc.bench.compare;

import dev.imgproc.batch.Bytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A report as text for a terminal and as Markdown for a file or a pull request: a heading that says what ran where,
 * the throughput table, the quality table, and the notes. Both show the same cells.
 */
public final class Tables {
    private static final List<String> SPEED_HEADER = List.of("pipeline", "scenario", "images/s", "MP/s",
            "wall s (min-max)", "vs naive", "vs seq.", "peak RSS MiB", "runs ok");
    private static final List<String> QUALITY_HEADER = List.of("pipeline", "imgproc vs", "files", "geometry",
            "PSNR min", "PSNR mean", "gate");

    private Tables() {}

    public static String text(BenchReport report) {
        StringBuilder text = new StringBuilder();
        heading(report).forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(aligned(speedRows(report)));
        if (!report.quality().isEmpty()) {
            text.append("\nQuality of imgproc's output against the same pipeline elsewhere:\n")
                    .append(aligned(qualityRows(report)));
        }
        text.append('\n');
        report.notes().forEach(note -> text.append("Note: ").append(note).append('\n'));
        return text.toString();
    }

    public static String markdown(BenchReport report) {
        StringBuilder md = new StringBuilder("## imgproc bench\n\n");
        heading(report).forEach(line -> md.append("- ").append(line).append('\n'));
        md.append('\n').append(markdownTable(speedRows(report)));
        if (!report.quality().isEmpty()) {
            md.append("\n### Quality\n\n").append(markdownTable(qualityRows(report)));
        }
        if (!report.notes().isEmpty()) {
            md.append('\n');
            report.notes().forEach(note -> md.append("> ").append(note).append("\n>\n"));
            md.setLength(md.length() - 2);
        }
        return md.toString();
    }

    static List<String> heading(BenchReport report) {
        Inputs inputs = report.inputs();
        BenchReport.Environment env = report.environment();
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%d images, %s, %.1f MP, %s: %s", inputs.count(), inputs.geometry(),
                inputs.megapixels(), Bytes.format(inputs.bytes()), inputs.source()));
        lines.add(String.format(Locale.ROOT, "%d run(s) per scenario, medians; %d threads; %d cores; Java %s; %s",
                report.settings().runs(), report.settings().threads(), env.cores(), env.java(), env.os()));
        lines.add("imgproc " + env.imgprocVersion() + "; peers: "
                + (env.peers().isEmpty() ? "none" : String.join("; ", env.peers())));
        lines.add("started " + env.startedAt() + "; load average " + env.loadBefore() + " before, " + env.loadAfter()
                + " after");
        return lines;
    }

    static List<List<String>> speedRows(BenchReport report) {
        List<List<String>> rows = new ArrayList<>(List.of(SPEED_HEADER));
        for (ScenarioResult r : report.results()) {
            String ok = (r.runs().size() - r.failures()) + "/" + r.runs().size();
            if (!r.hasResult()) {
                rows.add(List.of(r.pipeline().label(), r.scenario().label(), "failed", "-", "-", "-", "-", "-",
                        ok + ": " + r.firstError()));
                continue;
            }
            rows.add(List.of(
                    r.pipeline().label(),
                    r.scenario().label(),
                    rate(r.imagesPerSecond()),
                    rate(r.megapixelsPerSecond()),
                    String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", r.medianWallSeconds(), r.minWallSeconds(),
                            r.maxWallSeconds()),
                    speedup(report.speedupVsNaive(r)),
                    speedup(report.speedupVsSequential(r)),
                    Double.isNaN(r.peakRssMib()) ? "-" : String.format(Locale.ROOT, "%.0f", r.peakRssMib()),
                    r.failures() == 0 ? ok : ok + ": " + r.firstError()));
        }
        return rows;
    }

    static List<List<String>> qualityRows(BenchReport report) {
        List<List<String>> rows = new ArrayList<>(List.of(QUALITY_HEADER));
        for (QualityCheck q : report.quality()) {
            String gate = !q.gated() ? "(for information)"
                    : String.format(Locale.ROOT, ">= %.0f dB: %s", q.gateDb(), q.passed() ? "pass" : "FAIL");
            rows.add(List.of(q.pipeline().label(), q.reference().label(), Integer.toString(q.files()),
                    q.problem() != null ? q.problem() : q.sameGeometry() ? "same" : "DIFFERENT",
                    decibels(q.minPsnr()), decibels(q.meanPsnr()), gate));
        }
        return rows;
    }

    /** Columns padded to their widest cell; text columns left-aligned, figures right-aligned. */
    static String aligned(List<List<String>> rows) {
        int columns = rows.getFirst().size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String cell = row.get(c);
                boolean figure = c >= 2 && !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.equals("-"));
                String pad = " ".repeat(widths[c] - cell.length());
                line.append(figure ? pad + cell : cell + pad).append(c < columns - 1 ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        return text.toString();
    }

    static String markdownTable(List<List<String>> rows) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            md.append("| ").append(String.join(" | ", rows.get(i).stream().map(Tables::escape).toList())).append(" |\n");
            if (i == 0) {
                md.append("|").append("---|".repeat(rows.get(i).size())).append('\n');
            }
        }
        return md.toString();
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }

    static String rate(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "-";
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : value < 100 ? "%.1f" : "%.0f", value);
    }

    static String speedup(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, value < 10 ? "%.2fx" : "%.1fx", value);
    }

    static String decibels(double value) {
        if (Double.isNaN(value)) {
            return "-";
        }
        return Double.isInfinite(value) ? "identical" : String.format(Locale.ROOT, "%.1f dB", value);
    }
}
