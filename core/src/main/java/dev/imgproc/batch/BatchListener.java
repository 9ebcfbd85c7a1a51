package dev.imgproc.batch;

/** Hears a batch's progress. Methods may be called from many threads at once. */
public interface BatchListener {
    BatchListener NONE = new BatchListener() {};

    default void started(int totalFiles) {}

    default void finished(FileOutcome outcome) {}
}
