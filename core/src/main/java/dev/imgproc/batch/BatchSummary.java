package dev.imgproc.batch;

import java.time.Duration;
import java.util.List;

/** The outcome of a whole batch, one entry per input file, in input order. */
public record BatchSummary(List<FileOutcome> outcomes, Duration elapsed) {

    public BatchSummary {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public long written() {
        return count(FileOutcome.Status.WRITTEN);
    }

    public long failed() {
        return count(FileOutcome.Status.FAILED);
    }

    public long skipped() {
        return count(FileOutcome.Status.SKIPPED);
    }

    public long inputBytes() {
        return outcomes.stream().mapToLong(FileOutcome::inputBytes).sum();
    }

    public long outputBytes() {
        return outcomes.stream().mapToLong(FileOutcome::outputBytes).sum();
    }

    public double megapixels() {
        return outcomes.stream().mapToDouble(FileOutcome::megapixels).sum();
    }
}
