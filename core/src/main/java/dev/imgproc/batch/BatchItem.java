package dev.imgproc.batch;

import java.nio.file.Path;

/**
 * One input file of a batch.
 *
 * @param relative its path below the folder it was found in (just the file name for a file given directly); the
 *     output tree mirrors it
 */
public record BatchItem(Path input, Path relative) {

    /** The file name without its extension. */
    public String stem() {
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
