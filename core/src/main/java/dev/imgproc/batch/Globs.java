package dev.imgproc.batch;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * A glob pattern for input selection. Patterns without a {@code /} match the file name ({@code *.jpg}); with one,
 * the path below the input folder ({@code 2024/**}).
 */
record Globs(String pattern, PathMatcher matcher) {

    /** Throws {@link IllegalArgumentException} naming the pattern when it is not a valid glob. */
    static Globs compile(String pattern) {
        try {
            return new Globs(pattern, FileSystems.getDefault().getPathMatcher("glob:" + pattern));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid glob \"" + pattern + "\": " + e.getMessage(), e);
        }
    }

    boolean matches(Path relative) {
        return matcher.matches(pattern.contains("/") ? relative : relative.getFileName());
    }
}
