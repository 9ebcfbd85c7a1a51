package dev.imgproc.bench.jmh;

import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inputs for the benchmarks, made once in {@code @Setup}: a real photo, decoded, then resized (lanczos3, cropped to
 * fill) to the benchmark's size. The photo is {@code -p photo=FILE} when given, else {@code samples/dune.jpg}
 * (1280x800) bundled in the jar; at 3840x2160 that one is upscaled and so smoother than a real 4K photo: pass a real
 * one, e.g. {@code -p photo=/tmp/imgproc-corpus/4k/goldfish.jpg}, for figures to quote.
 */
final class BenchImages {
    private static final String BUNDLED = "dune.jpg";

    private BenchImages() {}

    /** {@code 3840x2160} to a size. */
    static Size size(String text) {
        String[] sides = text.toLowerCase(java.util.Locale.ROOT).split("x");
        return new Size(Integer.parseInt(sides[0].strip()), Integer.parseInt(sides[1].strip()));
    }

    /** The encoded photo: the file named by {@code photo}, or the bundled sample when it is empty. */
    static byte[] photoBytes(String photo) {
        try {
            if (!photo.isBlank()) {
                return Files.readAllBytes(Path.of(photo));
            }
            try (InputStream in = BenchImages.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException(BUNDLED + " is missing from the benchmarks jar");
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The photo decoded and brought to {@code size}: resized to cover it, lanczos3, centre kept. */
    static Image photo(String photo, String size) {
        Size target = size(size);
        Image decoded = decode(photoBytes(photo));
        if (decoded.size().equals(target)) {
            return decoded;
        }
        return FilterChain.parse("resize=" + target + ":fit=cover").apply(decoded);
    }

    /**
     * The photo as JPEG bytes at {@code size}: the file itself when it already has that size (a real camera or
     * wallpaper encoding), else the resized photo encoded at quality 90.
     */
    static byte[] jpeg(String photo, String size) {
        byte[] bytes = photoBytes(photo);
        if (decode(bytes).size().equals(size(size))) {
            return bytes;
        }
        try {
            EncodeOptions q90 = EncodeOptions.DEFAULT.withQuality(90);
            return Codecs.standard().encode(photo(photo, size), ImageFormat.JPEG, q90, null);
        } catch (CodecException e) {
            throw new IllegalStateException(e);
        }
    }

    static Image decode(byte[] bytes) {
        try {
            return Codecs.standard().decode(bytes, DecodeOptions.DEFAULT).image();
        } catch (CodecException e) {
            throw new IllegalStateException(e);
        }
    }
}
