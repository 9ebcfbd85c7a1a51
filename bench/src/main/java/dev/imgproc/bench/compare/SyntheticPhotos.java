package dev.imgproc.bench.compare;

import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Photo-like test images for when no real photos are given: a smooth sky-to-ground colour field with soft blobs,
 * hard-edged shapes, a band of fine texture, and sensor-like noise, so that JPEG coding and the filters meet smooth
 * areas, edges and detail in proportions close to a photo's. They are not photos, and reports say so. The same seed
 * gives the same pixels.
 */
public final class SyntheticPhotos {
    private static final int JPEG_QUALITY = 90;

    private SyntheticPhotos() {}

    /** Writes {@code count} JPEGs (quality 90) named {@code synthetic-NN.jpg} into {@code dir}. */
    public static List<Path> write(Path dir, int count, Size size, long seed) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        EncodeOptions options = EncodeOptions.DEFAULT.withQuality(JPEG_QUALITY);
        for (int i = 0; i < count; i++) {
            Path file = dir.resolve(String.format("synthetic-%02d.jpg", i + 1));
            try {
                Files.write(file, Codecs.standard().encode(image(size, seed + i), ImageFormat.JPEG, options, null));
            } catch (CodecException e) {
                throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            files.add(file);
        }
        return files;
    }

    /** One image; the same {@code seed} and size give the same pixels. */
    public static Image image(Size size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int width = size.width();
        int height = size.height();
        float[][] rgb = background(width, height, random);
        for (int i = 0; i < 14; i++) {
            shape(rgb, width, height, random);
        }
        texture(rgb, width, height, random);
        int[] pixels = new int[width * height];
        for (int i = 0; i < pixels.length; i++) {
            int noise = random.nextInt(7) - 3;
            pixels[i] = Argb.pack(255, Argb.clamp(rgb[0][i] + noise), Argb.clamp(rgb[1][i] + noise),
                    Argb.clamp(rgb[2][i] + noise));
        }
        return new Image(width, height, pixels, Channels.RGB);
    }

    /** A vertical gradient between two random colours, modulated by a few broad, soft waves (separable, so cheap). */
    private static float[][] background(int width, int height, SplittableRandom random) {
        float[][] rgb = new float[3][width * height];
        float[] top = colour(random);
        float[] bottom = colour(random);
        int waves = 3;
        float[][] columns = new float[waves][width];
        float[][] rows = new float[waves][height];
        float[] amplitude = new float[waves];
        for (int k = 0; k < waves; k++) {
            double fx = (1 + random.nextInt(4)) * Math.PI / width;
            double fy = (1 + random.nextInt(3)) * Math.PI / height;
            double px = random.nextDouble(2 * Math.PI);
            double py = random.nextDouble(2 * Math.PI);
            amplitude[k] = 10 + random.nextInt(25);
            for (int x = 0; x < width; x++) {
                columns[k][x] = (float) Math.cos(fx * x + px);
            }
            for (int y = 0; y < height; y++) {
                rows[k][y] = (float) Math.cos(fy * y + py);
            }
        }
        for (int y = 0; y < height; y++) {
            float t = height == 1 ? 0 : (float) y / (height - 1);
            for (int x = 0; x < width; x++) {
                float wave = 0;
                for (int k = 0; k < waves; k++) {
                    wave += amplitude[k] * columns[k][x] * rows[k][y];
                }
                int i = y * width + x;
                for (int c = 0; c < 3; c++) {
                    rgb[c][i] = top[c] + t * (bottom[c] - top[c]) + wave * (0.7f + 0.15f * c);
                }
            }
        }
        return rgb;
    }

    /** A hard-edged disc or rectangle with its own shading, as objects in a scene. */
    private static void shape(float[][] rgb, int width, int height, SplittableRandom random) {
        float[] colour = colour(random);
        int cx = random.nextInt(width);
        int cy = random.nextInt(height);
        int rx = 1 + random.nextInt(Math.max(1, width / 6));
        int ry = 1 + random.nextInt(Math.max(1, height / 6));
        boolean disc = random.nextBoolean();
        float shade = (random.nextFloat() - 0.5f) * 60f / Math.max(1, ry);
        for (int y = Math.max(0, cy - ry); y < Math.min(height, cy + ry); y++) {
            for (int x = Math.max(0, cx - rx); x < Math.min(width, cx + rx); x++) {
                double dx = (double) (x - cx) / rx;
                double dy = (double) (y - cy) / ry;
                if (!disc || dx * dx + dy * dy <= 1) {
                    int i = y * width + x;
                    for (int c = 0; c < 3; c++) {
                        rgb[c][i] = colour[c] + shade * (y - cy);
                    }
                }
            }
        }
    }

    /** A band of fine, high-contrast detail (foliage, fabric) across part of the image. */
    private static void texture(float[][] rgb, int width, int height, SplittableRandom random) {
        int from = height / 2 + random.nextInt(Math.max(1, height / 4));
        int to = Math.min(height, from + Math.max(1, height / 5));
        double f1 = 0.3 + random.nextDouble(0.6);
        double f2 = 0.2 + random.nextDouble(0.5);
        for (int y = from; y < to; y++) {
            for (int x = 0; x < width; x++) {
                float detail = (float) (18 * Math.sin(f1 * x + 0.7 * y) * Math.sin(f2 * y - 0.3 * x));
                int i = y * width + x;
                for (int c = 0; c < 3; c++) {
                    rgb[c][i] += detail;
                }
            }
        }
    }

    private static float[] colour(SplittableRandom random) {
        return new float[] {30 + random.nextInt(200), 30 + random.nextInt(200), 30 + random.nextInt(200)};
    }
}
