package dev.imgproc.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one whole command as a user would and measures it from outside: wall time from start to exit, and the peak of
 * its process tree's resident memory, sampled every {@value #SAMPLE_MILLIS} ms from {@code /proc}.
 */
final class CommandRunner {
    static final long SAMPLE_MILLIS = 25;

    private final Duration timeout;

    CommandRunner(Duration timeout) {
        this.timeout = timeout;
    }

    /**
     * What a run gave.
     *
     * @param peakRssKb the largest sampled sum of the tree's resident sets, -1 when unknown
     */
    record Execution(long wallNanos, long peakRssKb, int exitCode, String stdout, String stderr, boolean timedOut) {}

    /**
     * Runs {@code command} with standard input from {@code stdin} (or none), its output kept in {@code logDir} and
     * returned.
     */
    Execution run(List<String> command, Path stdin, Path logDir, String logName)
            throws IOException, InterruptedException {
        Path out = logDir.resolve(logName + ".out");
        Path err = logDir.resolve(logName + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        } else {
            builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        }
        long start = System.nanoTime();
        Process process = builder.start();
        AtomicLong peak = new AtomicLong(-1);
        Thread sampler = Thread.ofPlatform().daemon().name("imgproc-bench-rss").start(() -> sample(process, peak));
        boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long wall = System.nanoTime() - start;
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
        }
        sampler.interrupt();
        sampler.join();
        return new Execution(wall, peak.get(), finished ? process.exitValue() : -1, read(out), read(err), !finished);
    }

    private static void sample(Process process, AtomicLong peak) {
        if (!ProcTree.available()) {
            return;
        }
        while (process.isAlive()) {
            long rss = ProcTree.treeRssKb(process.pid());
            peak.accumulateAndGet(rss, Math::max);
            try {
                Thread.sleep(SAMPLE_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
