package dev.imgproc.batch;

/** A batch that cannot start at all; its kind decides the exit code. */
public final class BatchException extends Exception {
    public enum Kind {
        /** no input file found, or an input path that does not exist */
        NO_INPUT,
        /** the output folder cannot be created or written */
        OUTPUT_NOT_WRITABLE
    }

    private final Kind kind;

    public BatchException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
