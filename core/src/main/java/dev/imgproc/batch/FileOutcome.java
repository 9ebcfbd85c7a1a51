package dev.imgproc.batch;

import dev.imgproc.engine.Stage;
import dev.imgproc.image.Size;
import java.nio.file.Path;

/**
 * What happened to one input file.
 *
 * @param output the file written (or that would have been, or that already existed); null when unknown
 * @param inputSize decoded size, null when the image was not decoded
 * @param outputSize written size, null unless written
 * @param stage where it failed, null unless failed
 * @param error why it failed or was skipped, null when written
 */
public record FileOutcome(
        Path input,
        Path output,
        Status status,
        long inputBytes,
        long outputBytes,
        Size inputSize,
        Size outputSize,
        long millis,
        Stage stage,
        String error) {

    public enum Status {
        WRITTEN,
        SKIPPED,
        FAILED
    }

    static FileOutcome failed(BatchItem item, Stage stage, String error, long inputBytes, long millis) {
        return new FileOutcome(item.input(), null, Status.FAILED, inputBytes, 0, null, null, millis, stage, error);
    }

    static FileOutcome skipped(BatchItem item, Path output, String reason) {
        return new FileOutcome(item.input(), output, Status.SKIPPED, 0, 0, null, null, 0, null, reason);
    }

    /** Megapixels decoded, for throughput figures. */
    public double megapixels() {
        return inputSize == null ? 0 : inputSize.pixels() / 1e6;
    }
}
