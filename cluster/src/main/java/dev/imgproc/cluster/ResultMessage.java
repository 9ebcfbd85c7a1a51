package dev.imgproc.cluster;

import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.JobResult;
import dev.imgproc.engine.Stage;
import dev.imgproc.engine.Timings;
import dev.imgproc.image.Size;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A results-stream entry: a job that finished, with its output (the bytes wait in {@link Keys#output}) or the reason
 * it has none. Written by workers, read by the client that submitted the job.
 */
public sealed interface ResultMessage {
    String job();

    record Done(String job, String worker, ImageFormat format, Size inputSize, Size outputSize, Timings timings)
            implements ResultMessage {
        public Map<String, String> fields() {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("job", job);
            fields.put("status", "ok");
            fields.put("worker", worker);
            fields.put("format", format.label());
            fields.put("in", inputSize.width() + "x" + inputSize.height());
            fields.put("out", outputSize.width() + "x" + outputSize.height());
            fields.put("ns", timings.decodeNanos() + "," + timings.filterNanos() + "," + timings.encodeNanos());
            return fields;
        }

        public JobResult.Done toResult(String id, byte[] output) {
            return new JobResult.Done(id, output, format, inputSize, outputSize, timings);
        }
    }

    /** Dead-lettered: {@code reason} is {@code error} (the engine refused it), {@code crash-loop}, ... */
    record Dead(String job, String reason, Stage stage, String error) implements ResultMessage {
        public JobResult.Failed toResult(String id) {
            return new JobResult.Failed(id, stage, error, !reason.equals("error"));
        }
    }

    /** Throws {@link IllegalArgumentException} for an entry that is not a result. */
    public static ResultMessage parse(Map<String, String> fields) {
        String job = RecipeFields.require(fields, "job");
        return switch (RecipeFields.require(fields, "status")) {
            case "ok" -> {
                String[] ns = RecipeFields.require(fields, "ns").split(",");
                yield new Done(job, fields.getOrDefault("worker", "?"),
                        ImageFormat.byName(RecipeFields.require(fields, "format")).orElseThrow(),
                        size(RecipeFields.require(fields, "in")), size(RecipeFields.require(fields, "out")),
                        new Timings(Long.parseLong(ns[0]), Long.parseLong(ns[1]), Long.parseLong(ns[2])));
            }
            case "dead" -> new Dead(job, fields.getOrDefault("reason", "error"), stage(fields.get("stage")),
                    fields.getOrDefault("error", "failed in the cluster"));
            default -> throw new IllegalArgumentException("unknown result status " + fields.get("status"));
        };
    }

    private static Size size(String text) {
        String[] parts = text.split("x");
        return new Size(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    /** Crash loops have no stage of their own (the worker died); they count as failing while filtering. */
    private static Stage stage(String label) {
        for (Stage stage : Stage.values()) {
            if (stage.label().equals(label == null ? "" : label.toLowerCase(Locale.ROOT))) {
                return stage;
            }
        }
        return Stage.FILTER;
    }
}
