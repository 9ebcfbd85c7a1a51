package dev.imgproc.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import picocli.CommandLine;

/** Runs imgproc in-process, the way the launcher does, and captures what it prints. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        CommandLine cli = Imgproc.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new Cli(code, out.toString(), err.toString());
    }

    /** The bundled sample photos at the top of the repository. */
    static Path samples() {
        return Path.of(System.getProperty("imgproc.samples", "../samples")).toAbsolutePath().normalize();
    }
}
