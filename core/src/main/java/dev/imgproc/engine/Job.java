package dev.imgproc.engine;

import java.util.Objects;

/**
 * One image to process: its encoded bytes and the recipe. The id names the job in results and messages (a relative
 * path for local batches, a job id in a cluster).
 */
public record Job(String id, byte[] input, Recipe recipe) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(recipe, "recipe");
    }
}
