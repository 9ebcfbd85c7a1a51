package dev.imgproc.cli;

import dev.imgproc.batch.BatchSummary;
import dev.imgproc.batch.Bytes;
import java.time.Duration;
import java.util.Locale;

/** The lines printed at the end of a batch. */
final class Summary {
    private Summary() {}

    static String describe(BatchSummary summary) {
        double seconds = Math.max(summary.elapsed().toNanos() / 1e9, 1e-9);
        long processed = summary.written() + summary.failed();
        return String.format(Locale.ROOT,
                "imgproc: %d written, %d failed, %d skipped of %d files in %s (%.1f files/s, %.1f MP/s); %s -> %s",
                summary.written(), summary.failed(), summary.skipped(), summary.outcomes().size(),
                duration(summary.elapsed()), processed / seconds, summary.megapixels() / seconds,
                Bytes.format(summary.inputBytes()), Bytes.format(summary.outputBytes()));
    }

    static String duration(Duration d) {
        long seconds = d.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh %02dm", seconds / 3600, (seconds % 3600) / 60);
    }
}
