package dev.imgproc.bench.compare;

import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.Codecs;
import dev.imgproc.image.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The files a comparison runs on, with their total size in pixels and bytes (read from the headers).
 *
 * @param generated true for {@link SyntheticPhotos}: the report says they are not real photos
 * @param sizes the decoded size of each file, in the order of {@code files}
 */
public record Inputs(List<Path> files, List<Size> sizes, long bytes, boolean generated, String source) {
    public Inputs {
        files = List.copyOf(files);
        sizes = List.copyOf(sizes);
    }

    /** The first {@code count} JPEGs of {@code dir} (not its subfolders) in name order. */
    public static Inputs fromDirectory(Path dir, int count) throws IOException {
        List<Path> jpegs;
        try (Stream<Path> files = Files.list(dir)) {
            jpegs = files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.jpe?g"))
                    .sorted()
                    .limit(count)
                    .toList();
        }
        return describe(jpegs, false, dir.toString());
    }

    /** {@code count} synthetic photos of {@code size} written into {@code dir}. */
    public static Inputs generate(Path dir, int count, Size size, long seed) throws IOException {
        return describe(SyntheticPhotos.write(dir, count, size, seed), true,
                "generated (seed " + seed + "): synthetic, not real photos");
    }

    private static Inputs describe(List<Path> files, boolean generated, String source) throws IOException {
        List<Size> sizes = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            byte[] data = Files.readAllBytes(file);
            bytes += data.length;
            try {
                sizes.add(Codecs.standard().probe(data).displayed());
            } catch (CodecException e) {
                throw new IOException(file + ": " + e.getMessage(), e);
            }
        }
        return new Inputs(files, sizes, bytes, generated, source);
    }

    public int count() {
        return files.size();
    }

    public double megapixels() {
        return sizes.stream().mapToLong(Size::pixels).sum() / 1e6;
    }

    /** {@code 3840x2160} when every file has that size, else {@code mixed sizes}. */
    public String geometry() {
        return sizes.stream().distinct().count() == 1 ? sizes.getFirst().toString() : "mixed sizes";
    }
}
