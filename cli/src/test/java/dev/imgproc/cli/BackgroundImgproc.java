package dev.imgproc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** An imgproc command (usually {@code process --cluster}) running in its own JVM while a test disturbs the cluster. */
final class BackgroundImgproc implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private BackgroundImgproc(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    static BackgroundImgproc start(Path workDir, String... args) throws IOException {
        Path out = Files.createTempFile("imgproc-out", ".txt");
        Path err = Files.createTempFile("imgproc-err", ".txt");
        Process process = new ProcessBuilder(ImgprocProcess.command(args))
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new BackgroundImgproc(process, out, err);
    }

    String err() {
        try {
            return Files.readString(err, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    boolean isRunning() {
        return process.isAlive();
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    ImgprocProcess await(Duration timeout) throws IOException, InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("imgproc did not finish in " + timeout + "; stderr:\n" + err());
        }
        return new ImgprocProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), err());
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
    }
}
