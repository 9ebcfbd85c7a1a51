package dev.imgproc.bench.compare;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One way of running a pipeline over the files: the naive baseline, imgproc's engine with one kind of concurrency at
 * a time and then all of it, or a peer tool. Listed in the order the report shows them.
 */
public enum Scenario {
    NAIVE("naive", "naive sequential", "1 thread: ImageIO.read, getRGB/setRGB, direct 2-D kernels, ImageIO write q85"),
    SEQUENTIAL("sequential", "engine: sequential", "one file at a time, filters on one thread: imgproc's code, no concurrency"),
    IO_ONLY("io-only", "engine: I/O threads only", "decode and encode on virtual threads, filters on a 1-thread pool"),
    COMPUTE_ONLY("compute-only", "engine: compute only", "one file at a time, filters parallel over row bands"),
    ENGINE("engine", "engine: full", "decode/encode on virtual threads and filters over row bands, as imgproc process"),
    IMAGEMAGICK("imagemagick", "ImageMagick", "one convert per image, N at once (xargs -P N)"),
    LIBVIPS("libvips", "libvips CLI", "vipsthumbnail / vips per image, N at once (xargs -P N)");

    private final String id;
    private final String label;
    private final String description;

    Scenario(String id, String label, String description) {
        this.id = id;
        this.label = label;
        this.description = description;
    }

    /** The name on the command line and in JSON: {@code io-only}. */
    public String id() {
        return id;
    }

    /** The name in tables: {@code engine: I/O threads only}. */
    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    /** A peer tool rather than imgproc. */
    public boolean isPeer() {
        return this == IMAGEMAGICK || this == LIBVIPS;
    }

    /** Scenarios that run imgproc's own code in a child JVM. */
    public boolean isImgproc() {
        return !isPeer();
    }

    public static Scenario parse(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        for (Scenario scenario : values()) {
            if (scenario.id.equals(key) || scenario.name().toLowerCase(Locale.ROOT).equals(key)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario \"" + text + "\"; expected one of "
                + Arrays.stream(values()).map(Scenario::id).collect(Collectors.joining(", ")));
    }
}
