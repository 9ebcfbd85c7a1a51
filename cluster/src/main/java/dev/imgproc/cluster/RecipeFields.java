package dev.imgproc.cluster;

import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.Recipe;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Color;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A {@link Recipe} as stream-entry fields. Filters travel as their canonical spec and are parsed by the worker with
 * the same parser as the command line, so a worker runs exactly the pipeline the user typed.
 */
public final class RecipeFields {
    private RecipeFields() {}

    public static Map<String, String> of(Recipe recipe) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("filters", recipe.filters().spec());
        fields.put("format", recipe.format() == null ? "" : recipe.format().label());
        fields.put("orient", Boolean.toString(recipe.decode().autoOrient()));
        fields.put("maxpx", Long.toString(recipe.decode().maxPixels()));
        fields.put("quality", Integer.toString(recipe.encode().quality()));
        fields.put("progressive", Boolean.toString(recipe.encode().progressive()));
        fields.put("optimize", Boolean.toString(recipe.encode().optimizeCoding()));
        fields.put("background", recipe.encode().background().toString());
        fields.put("metadata", Boolean.toString(recipe.encode().keepMetadata()));
        return fields;
    }

    /** Throws {@link IllegalArgumentException} (or a spec error) when the fields do not make a recipe. */
    public static Recipe parse(Map<String, String> fields) {
        String format = require(fields, "format");
        return new Recipe(
                new DecodeOptions(Boolean.parseBoolean(require(fields, "orient")), Long.parseLong(require(fields, "maxpx"))),
                FilterChain.parse(require(fields, "filters")),
                format.isEmpty() ? null : ImageFormat.byName(format).orElseThrow(
                        () -> new IllegalArgumentException("unknown output format " + format)),
                new EncodeOptions(Integer.parseInt(require(fields, "quality")),
                        Boolean.parseBoolean(require(fields, "progressive")),
                        Boolean.parseBoolean(require(fields, "optimize")),
                        Color.parse(require(fields, "background")),
                        Boolean.parseBoolean(require(fields, "metadata"))));
    }

    static String require(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null) {
            throw new IllegalArgumentException("job message has no field \"" + name + "\"");
        }
        return value;
    }
}
