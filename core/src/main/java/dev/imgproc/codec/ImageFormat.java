package dev.imgproc.codec;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The image formats imgproc knows, with the file extensions that name them. */
public enum ImageFormat {
    JPEG("image/jpeg", true, false, "jpg", "jpeg", "jpe", "jfif"),
    PNG("image/png", true, true, "png"),
    GIF("image/gif", true, true, "gif"),
    BMP("image/bmp", true, false, "bmp"),
    TIFF("image/tiff", true, true, "tif", "tiff"),
    WEBP("image/webp", false, true, "webp");

    private final String mimeType;
    private final boolean writable;
    private final boolean alpha;
    private final List<String> extensions;

    ImageFormat(String mimeType, boolean writable, boolean alpha, String... extensions) {
        this.mimeType = mimeType;
        this.writable = writable;
        this.alpha = alpha;
        this.extensions = List.of(extensions);
    }

    public String mimeType() {
        return mimeType;
    }

    /** Whether imgproc can write this format (WebP is read-only: no encoder ships with Java). */
    public boolean writable() {
        return writable;
    }

    /** Whether the format can store transparency. */
    public boolean supportsAlpha() {
        return alpha;
    }

    /** The usual extension, without the dot: {@code jpg}, {@code png}... */
    public String extension() {
        return extensions.getFirst();
    }

    public List<String> extensions() {
        return extensions;
    }

    /** The format a name stands for: {@code jpeg}, {@code JPG}, {@code tif}... */
    public static Optional<ImageFormat> byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (ImageFormat format : values()) {
            if (format.name().toLowerCase(Locale.ROOT).equals(lower) || format.extensions.contains(lower)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension stands for. */
    public static Optional<ImageFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byName(fileName.substring(dot + 1));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
