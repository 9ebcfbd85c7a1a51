package dev.imgproc.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

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
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB
        chunk(png, "IHDR", ihdr.array());
        Deflater deflater = new Deflater();
        deflater.setInput(new byte[1024]);
        deflater.finish();
        byte[] idat = new byte[256];
        chunk(png, "IDAT", Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(png, "IEND", new byte[0]);
        return Files.write(dir.resolve(name), png.toByteArray());
    }

    /**
     * A valid, all-black {@code width x height} RGB PNG: a few hundred kilobytes on disk that decode to
     * {@code 3 * width * height} bytes and more. Written row by row, so making it costs no such memory here.
     */
    static Path blankPng(Path dir, String name, int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB
        chunk(png, "IHDR", ihdr.array());
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (var deflate = new java.util.zip.DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] row = new byte[1 + 3 * width]; // filter type 0, then black pixels
            for (int y = 0; y < height; y++) {
                deflate.write(row);
            }
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return Files.write(dir.resolve(name), png.toByteArray());
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        png.write(ByteBuffer.allocate(4).putInt(data.length).array());
        png.write(typeBytes);
        png.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
