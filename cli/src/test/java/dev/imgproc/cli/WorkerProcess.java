package dev.imgproc.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * An {@code imgproc worker} in its own JVM, started from the packaged jar with short test timings, that a test can
 * kill (SIGKILL), stop gracefully (SIGTERM), freeze (SIGSTOP) and thaw (SIGCONT).
 */
final class WorkerProcess implements AutoCloseable {
    /** Timings short enough for tests (unless the test gives its own): a dead worker's jobs move within seconds. */
    static final List<String> FAST = List.of("--lease", "1500ms", "--heartbeat", "300ms", "--poll", "500ms");

    private final Process process;
    private final Path log;

    private WorkerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts a worker: JVM options first (may be empty), then worker arguments after {@code --redis URL}. */
    static WorkerProcess start(Path logDir, String redisUrl, List<String> jvmOptions, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ImgprocProcess.java().toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", ImgprocProcess.jar().toString(), "worker", "--redis", redisUrl));
        List<String> given = List.of(args);
        for (int i = 0; i < FAST.size(); i += 2) {
            if (!given.contains(FAST.get(i))) {
                command.addAll(FAST.subList(i, i + 2));
            }
        }
        command.addAll(given);
        Files.createDirectories(logDir);
        Path log = Files.createTempFile(logDir, "worker-", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new WorkerProcess(process, log);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(log unreadable: " + e + ")";
        }
    }

    /** Waits until the worker has joined the queue (its start-up line is logged after it registered). */
    WorkerProcess awaitServing() throws InterruptedException {
        await(() -> log().contains("serving queue") || !isAlive(), Duration.ofSeconds(60), "worker start-up");
        if (!isAlive()) {
            throw new AssertionError("worker exited at start-up:\n" + log());
        }
        return this;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly(); // SIGKILL
        process.waitFor(30, TimeUnit.SECONDS);
    }

    void terminate() {
        process.destroy(); // SIGTERM
    }

    void freeze() throws IOException, InterruptedException {
        signal("STOP");
    }

    void thaw() throws IOException, InterruptedException {
        signal("CONT");
    }

    private void signal(String name) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("worker did not exit in " + timeout + ":\n" + log());
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            try {
                thaw();
            } catch (IOException ignored) {
                // it may have exited meanwhile
            }
            kill();
        }
    }

    /** Polls {@code condition} until it holds; fails after {@code timeout}, which only guards against hangs. */
    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }
}
