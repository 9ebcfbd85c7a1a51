package dev.imgproc.cluster;

import dev.imgproc.engine.Recipe;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A work-stream entry. It stays small: the image travels in its own key ({@link Keys#input}), because claims and
 * range reads return whole entries.
 *
 * @param run the client run it belongs to
 * @param job its id within the run
 * @param name the input's relative path, for logs and dead letters
 * @param attempt how many times it was started before this entry was written, plus one
 */
public record JobMessage(int version, String queue, String run, String job, String name, int attempt, Recipe recipe) {
    public static final int VERSION = 1;

    public static JobMessage first(String queue, String run, String job, String name, Recipe recipe) {
        return new JobMessage(VERSION, queue, run, job, name, 1, recipe);
    }

    public Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("v", Integer.toString(version));
        fields.put("queue", queue);
        fields.put("run", run);
        fields.put("job", job);
        fields.put("name", name);
        fields.put("attempt", Integer.toString(attempt));
        fields.putAll(RecipeFields.of(recipe));
        return fields;
    }

    /** Throws {@link IllegalArgumentException} when the entry is not a job this version understands. */
    public static JobMessage parse(Map<String, String> fields) {
        int version = Integer.parseInt(RecipeFields.require(fields, "v"));
        if (version != VERSION) {
            throw new IllegalArgumentException("job message version " + version + " (this worker reads " + VERSION
                    + "); run workers of the same imgproc version as the client");
        }
        return new JobMessage(version, RecipeFields.require(fields, "queue"), RecipeFields.require(fields, "run"),
                RecipeFields.require(fields, "job"), fields.getOrDefault("name", "?"),
                Integer.parseInt(RecipeFields.require(fields, "attempt")), RecipeFields.parse(fields));
    }
}
