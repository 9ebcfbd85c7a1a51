package dev.imgproc.bench.naive;

import java.awt.image.BufferedImage;

/**
 * The operations of the reference pipelines written the naive way: each takes a {@code BufferedImage}, reads its
 * pixels one {@code getRGB} call at a time, applies its kernel as a direct 2-D sum over every output pixel, and
 * returns a new image filled one {@code setRGB} call at a time. Edges extend (coordinates are clamped), as in imgproc.
 *
 * <p>The only concession to sanity: kernel weights are computed once per operation (or, for resize, once per output
 * row and column) rather than once per tap. Computing them per tap would add a few {@code sin}/{@code exp} calls to
 * every one of the billions of taps and measure libm, not pixel access.
 */
final class NaiveOps {
    private NaiveOps() {}

    /**
     * Resampling with a 2-D lanczos3 kernel ({@code L(dx) * L(dy)}), widened by the scale factor when shrinking so
     * that it averages what it skips; sample {@code i} sits at {@code i + 0.5}, weights are normalised to sum to 1.
     */
    static BufferedImage resize(BufferedImage in, int outWidth, int outHeight) {
        int inWidth = in.getWidth();
        int inHeight = in.getHeight();
        int[] src = NaivePixels.read(in);
        Window[] columns = windows(inWidth, outWidth);
        Window[] rows = windows(inHeight, outHeight);
        int[] dst = new int[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            Window row = rows[y];
            for (int x = 0; x < outWidth; x++) {
                Window column = columns[x];
                double r = 0;
                double g = 0;
                double b = 0;
                double sum = 0;
                for (int j = 0; j < row.weights.length; j++) {
                    for (int i = 0; i < column.weights.length; i++) {
                        double w = row.weights[j] * column.weights[i];
                        int p = src[(row.first + j) * inWidth + column.first + i];
                        r += w * ((p >> 16) & 0xFF);
                        g += w * ((p >> 8) & 0xFF);
                        b += w * (p & 0xFF);
                        sum += w;
                    }
                }
                dst[y * outWidth + x] = rgb(r / sum, g / sum, b / sum);
            }
        }
        return NaivePixels.write(outWidth, outHeight, dst);
    }

    /** The input samples one output sample reads, and their (unnormalised) lanczos3 weights. */
    private record Window(int first, double[] weights) {}

    private static Window[] windows(int inLength, int outLength) {
        double scale = (double) inLength / outLength;
        double widen = Math.max(1, scale);
        double support = 3 * widen;
        Window[] windows = new Window[outLength];
        for (int i = 0; i < outLength; i++) {
            double centre = (i + 0.5) * scale;
            int lo = Math.max(0, (int) Math.floor(centre - support + 0.5));
            int hi = Math.min(inLength, (int) Math.floor(centre + support + 0.5));
            double[] weights = new double[hi - lo];
            for (int j = lo; j < hi; j++) {
                weights[j - lo] = lanczos3((j + 0.5 - centre) / widen);
            }
            windows[i] = new Window(lo, weights);
        }
        return windows;
    }

    private static double lanczos3(double x) {
        double t = Math.abs(x);
        return t < 3 ? sinc(t) * sinc(t / 3) : 0;
    }

    private static double sinc(double x) {
        return x == 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
    }

    /** Gaussian blur as one direct 2-D convolution with a {@code (2r+1)²} kernel, {@code r = ceil(3 sigma)}. */
    static BufferedImage blur(BufferedImage in, double sigma) {
        int width = in.getWidth();
        int height = in.getHeight();
        return NaivePixels.write(width, height, blurred(NaivePixels.read(in), width, height, sigma));
    }

    /**
     * Unsharp mask: {@code v + amount * (v - blurred)} per channel, clamped, the blur being the direct 2-D Gaussian
     * of {@link #blur}.
     */
    static BufferedImage sharpen(BufferedImage in, double sigma, double amount) {
        int width = in.getWidth();
        int height = in.getHeight();
        int[] src = NaivePixels.read(in);
        int[] blurred = blurred(src, width, height, sigma);
        int[] dst = new int[src.length];
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            int q = blurred[i];
            double r = ((p >> 16) & 0xFF) + amount * (((p >> 16) & 0xFF) - ((q >> 16) & 0xFF));
            double g = ((p >> 8) & 0xFF) + amount * (((p >> 8) & 0xFF) - ((q >> 8) & 0xFF));
            double b = (p & 0xFF) + amount * ((p & 0xFF) - (q & 0xFF));
            dst[i] = rgb(r, g, b);
        }
        return NaivePixels.write(width, height, dst);
    }

    private static int[] blurred(int[] src, int width, int height, double sigma) {
        int radius = (int) Math.ceil(3 * sigma);
        int side = 2 * radius + 1;
        double[] kernel = new double[side * side];
        double total = 0;
        for (int dy = -radius; dy <= radius; dy++) {
            for (int dx = -radius; dx <= radius; dx++) {
                double w = Math.exp(-(double) (dx * dx + dy * dy) / (2 * sigma * sigma));
                kernel[(dy + radius) * side + dx + radius] = w;
                total += w;
            }
        }
        int[] dst = new int[src.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double r = 0;
                double g = 0;
                double b = 0;
                for (int dy = -radius; dy <= radius; dy++) {
                    int sy = clamp(y + dy, height);
                    for (int dx = -radius; dx <= radius; dx++) {
                        double w = kernel[(dy + radius) * side + dx + radius];
                        int p = src[sy * width + clamp(x + dx, width)];
                        r += w * ((p >> 16) & 0xFF);
                        g += w * ((p >> 8) & 0xFF);
                        b += w * (p & 0xFF);
                    }
                }
                dst[y * width + x] = rgb(r / total, g / total, b / total);
            }
        }
        return dst;
    }

    /** Each colour channel times {@code factor}, clamped. */
    static BufferedImage brightness(BufferedImage in, double factor) {
        int[] src = NaivePixels.read(in);
        int[] dst = new int[src.length];
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            dst[i] = rgb(((p >> 16) & 0xFF) * factor, ((p >> 8) & 0xFF) * factor, (p & 0xFF) * factor);
        }
        return NaivePixels.write(in.getWidth(), in.getHeight(), dst);
    }

    /** Rec. 709 luma of the stored values, rounded, in all three channels. */
    static BufferedImage grayscale(BufferedImage in) {
        int[] src = NaivePixels.read(in);
        int[] dst = new int[src.length];
        for (int i = 0; i < src.length; i++) {
            int p = src[i];
            double y = 0.2126 * ((p >> 16) & 0xFF) + 0.7152 * ((p >> 8) & 0xFF) + 0.0722 * (p & 0xFF);
            dst[i] = rgb(y, y, y);
        }
        return NaivePixels.write(in.getWidth(), in.getHeight(), dst);
    }

    /** Sobel gradient magnitude {@code sqrt(gx² + gy²)} per colour channel, clamped. */
    static BufferedImage edges(BufferedImage in) {
        int width = in.getWidth();
        int height = in.getHeight();
        int[] src = NaivePixels.read(in);
        int[][] gxKernel = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
        int[][] gyKernel = {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}};
        int[] dst = new int[src.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double[] magnitude = new double[3];
                for (int c = 0; c < 3; c++) {
                    int shift = 16 - 8 * c;
                    int gx = 0;
                    int gy = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int v = (src[clamp(y + dy, height) * width + clamp(x + dx, width)] >> shift) & 0xFF;
                            gx += gxKernel[dy + 1][dx + 1] * v;
                            gy += gyKernel[dy + 1][dx + 1] * v;
                        }
                    }
                    magnitude[c] = Math.sqrt(gx * gx + gy * gy);
                }
                dst[y * width + x] = rgb(magnitude[0], magnitude[1], magnitude[2]);
            }
        }
        return NaivePixels.write(width, height, dst);
    }

    private static int clamp(int i, int length) {
        return i < 0 ? 0 : Math.min(i, length - 1);
    }

    private static int rgb(double r, double g, double b) {
        return 0xFF000000 | level(r) << 16 | level(g) << 8 | level(b);
    }

    /** Rounded half up and clamped to 0..255, as imgproc rounds. */
    private static int level(double v) {
        return v <= 0 ? 0 : v >= 255 ? 255 : (int) (v + 0.5);
    }
}
