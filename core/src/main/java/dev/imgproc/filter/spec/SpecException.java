package dev.imgproc.filter.spec;

/**
 * A filter spec that cannot be parsed. The message says what was expected; {@link #pointer()} shows where:
 *
 * <pre>
 * resize=800x600,blur=abc
 *                     ^^^
 * </pre>
 */
public final class SpecException extends IllegalArgumentException {
    private final String spec;
    private final int start;
    private final int end;

    public SpecException(String message, String spec, int start, int end) {
        super(message);
        this.spec = spec;
        this.start = Math.max(0, Math.min(start, spec.length()));
        this.end = Math.max(this.start + 1, Math.min(end, spec.length()));
    }

    public String spec() {
        return spec;
    }

    /** Offset of the first character of the offending token. */
    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** Two lines: the spec, and carets under the offending token. */
    public String pointer() {
        return spec + System.lineSeparator() + " ".repeat(start) + "^".repeat(Math.max(1, end - start));
    }
}
