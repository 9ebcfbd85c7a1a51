package dev.imgproc.bench.naive;

import dev.imgproc.bench.Pipeline;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Runs a reference pipeline over files the naive way: one file after the other on the calling thread, decoded by
 * {@code ImageIO.read}, filtered by {@link NaiveOps}, written by ImageIO's JPEG writer at quality 85 into
 * {@code outDir} under the input's name.
 *
 * <pre>{@code
 * int written = NaiveBaseline.run(Pipeline.P2, List.of(Path.of("in.jpg")), Path.of("out"));
 * }</pre>
 */
public final class NaiveBaseline {
    private NaiveBaseline() {}

    /** Processes every input in order and returns how many were written; stops at the first failure. */
    public static int run(Pipeline pipeline, List<Path> inputs, Path outDir) throws IOException {
        Files.createDirectories(outDir);
        int written = 0;
        for (Path input : inputs) {
            BufferedImage decoded = ImageIO.read(input.toFile());
            if (decoded == null) {
                throw new IOException(input + ": ImageIO found no reader for it");
            }
            BufferedImage result = apply(pipeline, decoded);
            writeJpeg(pipeline.grayOutput() ? NaivePixels.gray(result) : result, outDir.resolve(jpegName(input)));
            written++;
        }
        return written;
    }

    /** The pipeline's operations, with the parameters imgproc's spec gives them (and its defaults). */
    public static BufferedImage apply(Pipeline pipeline, BufferedImage in) {
        return switch (pipeline) {
            case P1 -> {
                int[] size = NaiveGeometry.fitInside(in.getWidth(), in.getHeight(), 800, 800);
                yield NaiveOps.resize(in, size[0], size[1]);
            }
            case P2 -> {
                int[] size = NaiveGeometry.toWidth(in.getWidth(), in.getHeight(), 1920);
                yield NaiveOps.brightness(NaiveOps.blur(NaiveOps.resize(in, size[0], size[1]), 2), 1.2);
            }
            // sharpen's defaults in imgproc: sigma 1, amount 1, threshold 0
            case P3 -> NaiveOps.grayscale(NaiveOps.sharpen(NaiveOps.blur(in, 8), 1, 1));
            case P4 -> NaiveOps.edges(NaiveOps.grayscale(in));
        };
    }

    private static String jpegName(Path input) {
        String name = input.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot < 0 ? name : name.substring(0, dot)) + ".jpg";
    }

    private static void writeJpeg(BufferedImage image, Path target) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new IOException("ImageIO has no JPEG writer");
        }
        ImageWriter writer = writers.next();
        Files.deleteIfExists(target);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(target.toFile())) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(Pipeline.QUALITY / 100f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
