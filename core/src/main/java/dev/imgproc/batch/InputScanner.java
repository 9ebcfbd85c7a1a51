package dev.imgproc.batch;

import dev.imgproc.codec.ImageFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a batch's input files: files given directly, and image files under folders, walked recursively in a stable
 * order. Hidden files and folders are skipped, and so is the output folder when it lies inside an input folder.
 *
 * <p>Include and exclude patterns are {@link Globs}.
 */
final class InputScanner {
    private final List<Globs> include;
    private final List<Globs> exclude;
    private final Path outputDir;

    InputScanner(List<String> include, List<String> exclude, Path outputDir) {
        this.include = include.stream().map(Globs::compile).toList();
        this.exclude = exclude.stream().map(Globs::compile).toList();
        this.outputDir = outputDir.toAbsolutePath().normalize();
    }

    List<BatchItem> scan(List<Path> inputs) throws BatchException {
        List<BatchItem> items = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                walk(input, items);
            } else if (Files.exists(input)) {
                items.add(new BatchItem(input, input.getFileName()));
            } else {
                throw new BatchException(BatchException.Kind.NO_INPUT, input + ": no such file or folder");
            }
        }
        return items;
    }

    private void walk(Path root, List<BatchItem> items) throws BatchException {
        List<BatchItem> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean skip = !dir.equals(root) && (isHidden(dir) || isOutputDir(dir));
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path relative = root.relativize(file);
                    if (attrs.isRegularFile() && !isHidden(file) && wanted(relative)) {
                        found.add(new BatchItem(file, relative));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    // an unreadable file is reported when it is read; an unreadable folder is skipped with a warning
                    if (Files.isDirectory(file)) {
                        Log.LOGGER.warn("{}: cannot list folder: {}", file, e.getMessage());
                    } else {
                        found.add(new BatchItem(file, root.relativize(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new BatchException(BatchException.Kind.NO_INPUT, root + ": cannot read folder: " + e.getMessage());
        }
        found.sort(Comparator.comparing(item -> item.relative().toString()));
        items.addAll(found);
    }

    private boolean wanted(Path relative) {
        boolean included = include.isEmpty()
                ? ImageFormat.byFileName(relative.getFileName().toString()).isPresent()
                : include.stream().anyMatch(glob -> glob.matches(relative));
        return included && exclude.stream().noneMatch(glob -> glob.matches(relative));
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private boolean isOutputDir(Path dir) {
        return dir.toAbsolutePath().normalize().equals(outputDir);
    }

    /**
     * The logger, made when something is first logged: making it sets up slf4j-simple (its configuration, a date
     * format and the time zones), about 30 ms of the start of every local run, which normally logs nothing.
     */
    private static final class Log {
        static final Logger LOGGER = LoggerFactory.getLogger(InputScanner.class);
    }
}
