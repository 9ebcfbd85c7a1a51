package dev.imgproc.batch;

import dev.imgproc.engine.Recipe;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A local batch: which files, where their outputs go, and what to do to them.
 *
 * @param inputs files and folders; folders are walked recursively
 * @param include glob patterns a file must match to be taken from a folder (empty: known image extensions)
 * @param exclude glob patterns that leave a file out
 * @param names how outputs are named
 * @param skipExisting leave inputs whose output already exists, so a re-run resumes where a crashed run stopped
 * @param maxFileBytes refuse input files larger than this
 */
public record BatchOptions(
        List<Path> inputs,
        Path outputDir,
        List<String> include,
        List<String> exclude,
        OutputNamer names,
        Recipe recipe,
        boolean skipExisting,
        long maxFileBytes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 512L * 1024 * 1024;

    public BatchOptions {
        inputs = List.copyOf(inputs);
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        include.forEach(Globs::compile);
        exclude.forEach(Globs::compile);
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(recipe, "recipe");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("maxFileBytes must be positive");
        }
    }

    /** All inputs into {@code outputDir} with the default names and limits. */
    public static BatchOptions of(List<Path> inputs, Path outputDir, Recipe recipe) {
        return new BatchOptions(inputs, outputDir, List.of(), List.of(), OutputNamer.DEFAULT, recipe, false,
                DEFAULT_MAX_FILE_BYTES);
    }

    public BatchOptions withSkipExisting(boolean skip) {
        return new BatchOptions(inputs, outputDir, include, exclude, names, recipe, skip, maxFileBytes);
    }
}
