package dev.imgproc.bench;

import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.Recipe;
import dev.imgproc.filter.FilterChain;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The four reference pipelines of the speed issue, on 3840x2160 JPEG photos, written as JPEG quality 85. Every
 * measurement (JMH, the naive baseline, {@code imgproc bench} and the peers) runs these same four.
 */
public enum Pipeline {
    P1("thumb", "resize=800x800", "fit into 800x800, lanczos3, keeping the aspect ratio"),
    P2("web", "resize=1920,blur=2,brightness=1.2", "to 1920 wide, Gaussian blur sigma 2, brightness x1.2"),
    P3("heavy", "blur=8,sharpen,grayscale", "Gaussian blur sigma 8 at full size, unsharp mask, grayscale"),
    P4("edges", "grayscale,edges", "grayscale, Sobel gradient magnitude at full size");

    /** The output quality of every pipeline. */
    public static final int QUALITY = 85;

    private final String nickname;
    private final String spec;
    private final String description;

    Pipeline(String nickname, String spec, String description) {
        this.nickname = nickname;
        this.spec = spec;
        this.description = description;
    }

    /** {@code P2 web}. */
    public String label() {
        return name() + " " + nickname;
    }

    /** The imgproc filter spec, as {@code imgproc process --filters} takes it. */
    public String spec() {
        return spec;
    }

    public String description() {
        return description;
    }

    public FilterChain filters() {
        return FilterChain.parse(spec);
    }

    /** The engine's recipe: default decoding, the pipeline's filters, JPEG at quality 85. */
    public Recipe recipe() {
        EncodeOptions encode = EncodeOptions.DEFAULT.withQuality(QUALITY);
        return new Recipe(DecodeOptions.DEFAULT, filters(), ImageFormat.JPEG, encode);
    }

    /** Whether the output is gray (one channel), which peers and the naive baseline must match. */
    public boolean grayOutput() {
        return this == P3 || this == P4;
    }

    /** {@code P2}, {@code p2} or {@code web}. */
    public static Pipeline parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (Pipeline pipeline : values()) {
            if (pipeline.name().toLowerCase(Locale.ROOT).equals(key) || pipeline.nickname.equals(key)) {
                return pipeline;
            }
        }
        throw new IllegalArgumentException("unknown pipeline \"" + text + "\"; expected one of "
                + Arrays.stream(values()).map(Pipeline::label).collect(Collectors.joining(", ")));
    }
}
