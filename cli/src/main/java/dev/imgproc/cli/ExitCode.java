package dev.imgproc.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The exit codes scripts can rely on. Documented in every command's help and in the README. */
public final class ExitCode {
    /** Every file was processed (or skipped on purpose). */
    public static final int OK = 0;
    /** The batch finished, but at least one file failed; each failure was reported. */
    public static final int SOME_FAILED = 1;
    /** Bad command line or filter spec; nothing was touched. */
    public static final int USAGE = 2;
    /** No input found: a missing path, or no image files in the folders. */
    public static final int NO_INPUT = 3;
    /** The output folder cannot be created or written. */
    public static final int OUTPUT_NOT_WRITABLE = 4;
    /** A bug or an environment failure; rerun with --stacktrace and report it. */
    public static final int INTERNAL = 5;
    /** Cluster mode cannot use Redis: unreachable, login refused, or a server too old. */
    public static final int REDIS_UNAVAILABLE = 6;

    /** The help text of each code, shown under "Exit codes:" in every command's help. */
    static final Map<String, String> HELP = help();

    private static Map<String, String> help() {
        Map<String, String> help = new LinkedHashMap<>();
        help.put(Integer.toString(OK), "all files done (or skipped on purpose)");
        help.put(Integer.toString(SOME_FAILED), "some files failed (each is reported, the others are done)");
        help.put(Integer.toString(USAGE), "usage error or invalid filter spec (nothing was touched)");
        help.put(Integer.toString(NO_INPUT), "no input found");
        help.put(Integer.toString(OUTPUT_NOT_WRITABLE), "output folder not writable");
        help.put(Integer.toString(INTERNAL), "internal error");
        help.put(Integer.toString(REDIS_UNAVAILABLE), "cluster mode: Redis unreachable, login refused, or too old");
        return Collections.unmodifiableMap(help);
    }

    private ExitCode() {}
}
