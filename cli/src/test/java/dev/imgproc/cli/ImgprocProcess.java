package dev.imgproc.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged imgproc jar in its own JVM, as the launcher does. */
record ImgprocProcess(int exitCode, String out, String err) {

    static Path jar() {
        Path jar = Path.of(System.getProperty("imgproc.jar", "target/imgproc.jar")).toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: integration tests run after 'package'");
        }
        return jar;
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** The command line that starts imgproc with {@code args}. */
    static List<String> command(String... args) {
        return command(List.of(), args);
    }

    /** The same, with JVM options before {@code -jar}. */
    static List<String> command(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>(List.of(java().toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        return command;
    }

    static ImgprocProcess run(Path workDir, String... args) throws IOException, InterruptedException {
        return run(workDir, List.of(), args);
    }

    static ImgprocProcess run(Path workDir, List<String> jvmOptions, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("imgproc-out", ".txt");
        Path err = Files.createTempFile("imgproc-err", ".txt");
        try {
            Process process = new ProcessBuilder(command(jvmOptions, args))
                    .directory(workDir.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("imgproc " + String.join(" ", args) + " did not finish in 5 minutes");
            }
            return new ImgprocProcess(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
