package dev.imgproc.cli;

import picocli.CommandLine.Option;

/** {@code --stacktrace}, shared by the commands that do real work; {@link Failures} looks for it. */
final class StackTraceOption {
    @Option(names = "--stacktrace", description = "Print stack traces of internal errors.")
    boolean requested;
}
