package dev.imgproc.cli;

import dev.imgproc.batch.BatchException;
import dev.imgproc.cluster.ClusterException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into one clear line on stderr and an exit code. Stack traces only with {@code --stacktrace}
 * (or {@code IMGPROC_STACKTRACE=1}).
 */
final class Failures {
    private Failures() {}

    static int exitCode(Throwable error) {
        if (error instanceof BatchException batch) {
            return switch (batch.kind()) {
                case NO_INPUT -> ExitCode.NO_INPUT;
                case OUTPUT_NOT_WRITABLE -> ExitCode.OUTPUT_NOT_WRITABLE;
            };
        }
        if (error instanceof ClusterException) {
            return ExitCode.REDIS_UNAVAILABLE;
        }
        return error instanceof ParameterException ? ExitCode.USAGE : ExitCode.INTERNAL;
    }

    /** True when the command or one of its parents was given {@link StackTraceOption --stacktrace}. */
    static boolean stackTraces(CommandLine cli) {
        for (CommandLine c = cli; c != null; c = c.getParent()) {
            if (StackTraceOption.given(c.getCommandSpec())) {
                return true;
            }
        }
        return "1".equals(System.getenv("IMGPROC_STACKTRACE"));
    }

    /** Usage errors and invalid specs: exit code 2, the message, and where to find help. */
    static final class ParameterHandler implements IParameterExceptionHandler {
        @Override
        public int handleParseException(ParameterException ex, String[] args) {
            CommandLine cli = ex.getCommandLine();
            PrintWriter err = cli.getErr();
            err.println(cli.getColorScheme().errorText("imgproc: error: " + ex.getMessage()));
            UnmatchedArgumentException.printSuggestions(ex, err); // "Did you mean: process?" for a typo
            err.println("Try '" + cli.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return ExitCode.USAGE;
        }
    }

    /** Errors raised while a command runs: batch-level problems (3, 4), bugs (5) and Redis (6). */
    static final class ExecutionHandler implements IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parseResult) {
            PrintWriter err = cli.getErr();
            int code = exitCode(ex);
            String message = code == ExitCode.INTERNAL ? "internal error: " + ex : ex.getMessage();
            err.println(cli.getColorScheme().errorText("imgproc: error: " + message));
            if (stackTraces(cli)) {
                ex.printStackTrace(err);
            } else if (code == ExitCode.INTERNAL) {
                err.println("Run again with --stacktrace for details, and please report it.");
            }
            err.flush();
            return code;
        }
    }
}
