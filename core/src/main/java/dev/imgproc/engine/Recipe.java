package dev.imgproc.engine;

import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.filter.FilterChain;
import java.util.Objects;

/**
 * What to do to an image: how to decode it, the filters, and how to encode the result. The same recipe gives the
 * same bytes wherever it runs, locally or in a worker.
 *
 * @param format the output format, or {@code null} to keep the input's format (PNG when it cannot be written)
 */
public record Recipe(DecodeOptions decode, FilterChain filters, ImageFormat format, EncodeOptions encode) {

    public Recipe {
        Objects.requireNonNull(decode, "decode");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(encode, "encode");
        if (format != null && !format.writable()) {
            throw new IllegalArgumentException(format.label() + " cannot be written");
        }
    }

    public static Recipe of(String filterSpec) {
        return new Recipe(DecodeOptions.DEFAULT, FilterChain.parse(filterSpec), null, EncodeOptions.DEFAULT);
    }

    public Recipe withFormat(ImageFormat newFormat) {
        return new Recipe(decode, filters, newFormat, encode);
    }

    /** The format the output of an input in {@code input} format is written in. */
    public ImageFormat outputFormat(ImageFormat input) {
        if (format != null) {
            return format;
        }
        return input.writable() ? input : ImageFormat.PNG;
    }
}
