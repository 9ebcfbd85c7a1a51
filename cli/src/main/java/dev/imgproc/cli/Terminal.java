package dev.imgproc.cli;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/** Whether stderr is an interactive terminal, so that a live progress bar makes sense there. */
final class Terminal {
    private static final int STDERR = 2;

    private Terminal() {}

    static boolean stderrIsTerminal() {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return isatty(STDERR).orElseGet(() -> System.console() != null && System.console().isTerminal());
    }

    /** libc's isatty, which Java has no API for on stderr; empty where it cannot be called. */
    private static Optional<Boolean> isatty(int fd) {
        try {
            Linker linker = Linker.nativeLinker();
            MethodHandle isatty = linker.downcallHandle(
                    linker.defaultLookup().find("isatty").orElseThrow(),
                    FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
            return Optional.of((int) isatty.invokeExact(fd) == 1);
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    static int columns() {
        try {
            return Math.max(40, Integer.parseInt(System.getenv().getOrDefault("COLUMNS", "80")));
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
