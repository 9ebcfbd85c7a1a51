package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Image;

/**
 * Sobel edge detection: each colour channel becomes {@code scale * sqrt(gx² + gy²)}, clamped to 255, where gx and gy
 * are the 3x3 Sobel gradients with edge pixels extended. Flat areas become 0. Alpha is kept.
 */
public record Edges(double scale) implements Filter {
    static final Param<Double> SCALE = Param.decimal("scale", "multiplies the gradient magnitude", 0, 10, 1.0);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "edges", "Sobel gradient magnitude", "edges=0.5", args -> new Edges(args.get(SCALE)), SCALE);

    @Override
    public Image apply(Image in) {
        int[] src = in.pixels();
        int[] dst = new int[src.length];
        int width = in.width();
        int height = in.height();
        boolean gray = in.channels().isGray();
        Parallel.forRows(height, width * 4L, (from, to) -> {
            int[] n = new int[8];
            for (int y = from; y < to; y++) {
                int up = Math.max(0, y - 1) * width;
                int row = y * width;
                int down = Math.min(height - 1, y + 1) * width;
                for (int x = 0; x < width; x++) {
                    int left = Math.max(0, x - 1);
                    int right = Math.min(width - 1, x + 1);
                    n[0] = src[up + left];
                    n[1] = src[up + x];
                    n[2] = src[up + right];
                    n[3] = src[row + left];
                    n[4] = src[row + right];
                    n[5] = src[down + left];
                    n[6] = src[down + x];
                    n[7] = src[down + right];
                    int b = magnitude(n, 0);
                    int p = gray ? b << 16 | b << 8 | b : magnitude(n, 16) << 16 | magnitude(n, 8) << 8 | b;
                    dst[row + x] = (src[row + x] & 0xFF000000) | p;
                }
            }
        });
        return in.withPixels(width, height, dst);
    }

    /** Neighbours in reading order without the centre: 0 1 2 / 3 . 4 / 5 6 7. */
    private int magnitude(int[] n, int shift) {
        int tl = (n[0] >> shift) & 0xFF;
        int t = (n[1] >> shift) & 0xFF;
        int tr = (n[2] >> shift) & 0xFF;
        int l = (n[3] >> shift) & 0xFF;
        int r = (n[4] >> shift) & 0xFF;
        int bl = (n[5] >> shift) & 0xFF;
        int b = (n[6] >> shift) & 0xFF;
        int br = (n[7] >> shift) & 0xFF;
        int gx = (tr + 2 * r + br) - (tl + 2 * l + bl);
        int gy = (bl + 2 * b + br) - (tl + 2 * t + tr);
        return Argb.clamp(scale * Math.sqrt(gx * gx + gy * gy));
    }
}
