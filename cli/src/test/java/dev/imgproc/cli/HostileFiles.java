package dev.imgproc.cli;

import dev.imgproc.testing.PngBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/** Bad input files of the kinds users' folders hold, made on the spot. */
final class HostileFiles {
    private HostileFiles() {}

    static Path empty(Path dir, String name) throws IOException {
        return Files.write(dir.resolve(name), new byte[0]);
    }

    static Path text(Path dir, String name) throws IOException {
        return Files.writeString(dir.resolve(name), "these are my holiday notes, not a photo\n");
    }

    /** The first {@code fraction} of a real file, as an interrupted copy leaves it. */
    static Path truncated(Path source, Path dir, String name, double fraction) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(dir.resolve(name), Arrays.copyOf(bytes, (int) (bytes.length * fraction)));
    }

    /** A valid, tiny PNG whose header claims {@code width x height} pixels: a decompression bomb's header. */
    static Path pngClaiming(Path dir, String name, int width, int height) throws IOException {
        return Files.write(dir.resolve(name), PngBuilder.header(width, height, 2).idat(new byte[1 + 3 * 16]).end());
    }

    /**
     * A valid, all-black {@code width x height} RGB PNG: a few hundred kilobytes on disk that decode to
     * {@code 3 * width * height} bytes and more. Deflated row by row, so making it costs no such memory here.
     */
    static Path blankPng(Path dir, String name, int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (var deflate = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + 3 * width]; // filter type 0, then black pixels
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        byte[] png = PngBuilder.header(width, height, 2).chunk("IDAT", idat.toByteArray()).end();
        return Files.write(dir.resolve(name), png);
    }
}
