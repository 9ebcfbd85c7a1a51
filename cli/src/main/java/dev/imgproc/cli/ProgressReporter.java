package dev.imgproc.cli;

import dev.imgproc.batch.BatchListener;
import dev.imgproc.batch.FileOutcome;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Shows a batch's progress on stderr: a live bar (files, MP/s, ETA) on a terminal, a plain line every few seconds
 * otherwise (logs, CI), nothing when quiet. Failures are printed as they happen in every mode, as
 * {@code path: error: reason}.
 */
final class ProgressReporter implements BatchListener, AutoCloseable {
    enum Mode {
        BAR,
        LINES,
        QUIET
    }

    private static final Duration BAR_INTERVAL = Duration.ofMillis(200);
    private static final Duration LINE_INTERVAL = Duration.ofSeconds(5);

    private final PrintWriter err;
    private final Mode mode;
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final DoubleAdder megapixels = new DoubleAdder();
    private final long start = System.nanoTime();
    private volatile int total;
    private volatile boolean closed;
    private Thread ticker;

    ProgressReporter(PrintWriter err, Mode mode) {
        this.err = err;
        this.mode = mode;
    }

    static ProgressReporter create(PrintWriter err, boolean quiet) {
        Mode mode = quiet ? Mode.QUIET : Terminal.stderrIsTerminal() ? Mode.BAR : Mode.LINES;
        return new ProgressReporter(err, mode);
    }

    @Override
    public void started(int totalFiles) {
        total = totalFiles;
        if (mode != Mode.QUIET) {
            Duration interval = mode == Mode.BAR ? BAR_INTERVAL : LINE_INTERVAL;
            ticker = Thread.ofVirtual().name("imgproc-progress").start(() -> tick(interval));
        }
    }

    @Override
    public void finished(FileOutcome outcome) {
        done.incrementAndGet();
        megapixels.add(outcome.megapixels());
        if (outcome.status() == FileOutcome.Status.FAILED) {
            failed.incrementAndGet();
            synchronized (err) {
                clearBar();
                err.println(outcome.input() + ": error: " + outcome.error());
                err.flush();
            }
        }
    }

    private void tick(Duration interval) {
        while (!closed) {
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (err) {
                if (closed) {
                    return;
                }
                if (mode == Mode.BAR) {
                    err.print("\r" + bar());
                } else {
                    err.println("imgproc: " + status());
                }
                err.flush();
            }
        }
    }

    String status() {
        int finished = done.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = finished / Math.max(seconds, 1e-3);
        String eta = finished == 0 ? "?" : Summary.duration(Duration.ofMillis((long) ((total - finished) / rate * 1000)));
        return String.format(Locale.ROOT, "%d/%d files (%d%%), %d failed, %.1f MP/s, ETA %s", finished, total,
                total == 0 ? 100 : 100L * finished / total, failed.get(), megapixels.sum() / Math.max(seconds, 1e-3),
                eta);
    }

    private String bar() {
        String status = status();
        int width = Math.max(10, Math.min(40, Terminal.columns() - status.length() - 4));
        int filled = total == 0 ? width : (int) ((long) width * done.get() / total);
        return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + status;
    }

    private void clearBar() {
        if (mode == Mode.BAR) {
            err.print("\r\033[K");
        }
    }

    @Override
    public void close() {
        closed = true;
        if (ticker != null) {
            ticker.interrupt();
        }
        synchronized (err) {
            clearBar();
            err.flush();
        }
    }
}
