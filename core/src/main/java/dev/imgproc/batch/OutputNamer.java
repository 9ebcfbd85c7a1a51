package dev.imgproc.batch;

import dev.imgproc.codec.ImageFormat;
import dev.imgproc.image.Size;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names output files from a template such as {@code {stem}-{w}x{h}.{ext}}. Placeholders: {@code {stem}} (the input's
 * name without extension), {@code {ext}} (the output format's extension), {@code {format}} (its name), {@code {w}}
 * and {@code {h}} (the output's size). The output keeps the input's folder below its input folder.
 */
public final class OutputNamer {
    private static final List<String> PLACEHOLDERS = List.of("stem", "ext", "format", "w", "h");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    public static final String DEFAULT_TEMPLATE = "{stem}.{ext}";
    public static final OutputNamer DEFAULT = new OutputNamer(DEFAULT_TEMPLATE);

    private final String template;

    /** Throws {@link IllegalArgumentException} for unknown placeholders or a template that is not a file name. */
    public OutputNamer(String template) {
        if (template.isBlank() || template.contains("/") || template.contains("\\")) {
            throw new IllegalArgumentException(
                    "name template must be a file name without folders, like " + DEFAULT_TEMPLATE);
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder {" + m.group(1) + "} in name template \""
                        + template + "\"; known: {" + String.join("}, {", PLACEHOLDERS) + "}");
            }
        }
        if (!template.contains("{stem}")) {
            throw new IllegalArgumentException("name template \"" + template
                    + "\" must contain {stem}, or every input would get the same name");
        }
        this.template = template;
    }

    /** True when names depend on the output size, which is then known only once the image is processed. */
    public boolean needsSize() {
        return template.contains("{w}") || template.contains("{h}");
    }

    /** The output path of {@code item}; {@code size} may be null when {@link #needsSize()} is false. */
    public Path outputFor(Path outputDir, BatchItem item, ImageFormat format, Size size) {
        String name = template.replace("{stem}", item.stem())
                .replace("{ext}", format.extension())
                .replace("{format}", format.label());
        if (needsSize()) {
            name = name.replace("{w}", Integer.toString(size.width())).replace("{h}", Integer.toString(size.height()));
        }
        Path parent = item.relative().getParent();
        return (parent == null ? outputDir : outputDir.resolve(parent)).resolve(name);
    }

    public String template() {
        return template;
    }
}
