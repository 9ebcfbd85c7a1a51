package dev.imgproc.filter.kernel;

import dev.imgproc.compute.Parallel;
import dev.imgproc.image.Image;
import java.util.Arrays;

/**
 * Applies a horizontal then a vertical {@link Taps} to an image in float, on premultiplied colour when the image
 * has alpha. Blur, sharpen and resize differ only in their taps and in what they do with each output row.
 */
public final class SeparableConvolution {
    private SeparableConvolution() {}

    /** Receives output rows: un-premultiplied, unrounded values, one plane per {@link PlaneLayout} plane. */
    @FunctionalInterface
    public interface RowSink {
        /** Called once per output row {@code y}, from any thread; the arrays are reused after it returns. */
        void accept(int y, float[][] planes);
    }

    public static void apply(Image in, Taps horizontal, Taps vertical, RowSink sink) {
        PlaneLayout layout = PlaneLayout.of(in.channels());
        int inWidth = in.width();
        int outWidth = horizontal.outLength();
        // Only the input rows the vertical pass reads, which a resize-and-crop narrows.
        int rowFrom = vertical.readFrom();
        int rows = vertical.readTo() - rowFrom;
        float[][] between = new float[layout.planes()][Math.multiplyExact(rows, outWidth)];

        int padBefore = horizontal.padBefore();
        int padAfter = horizontal.padAfter();
        int[] src = in.pixels();
        Parallel.forRows(rows, (long) inWidth + outWidth * 4L, (from, to) -> {
            float[][] line = new float[layout.planes()][padBefore + inWidth + padAfter];
            for (int r = from; r < to; r++) {
                layout.split(src, (rowFrom + r) * inWidth, line, padBefore, inWidth);
                for (int p = 0; p < line.length; p++) {
                    float[] plane = line[p];
                    Arrays.fill(plane, 0, padBefore, plane[padBefore]);
                    Arrays.fill(plane, padBefore + inWidth, plane.length, plane[padBefore + inWidth - 1]);
                    horizontal.apply(plane, padBefore, between[p], r * outWidth);
                }
            }
        });

        Parallel.forRows(vertical.outLength(), outWidth * 4L, (from, to) -> {
            float[][] out = new float[layout.planes()][outWidth];
            for (int y = from; y < to; y++) {
                for (int p = 0; p < out.length; p++) {
                    float[] acc = out[p];
                    float[] plane = between[p];
                    Arrays.fill(acc, 0f);
                    for (int k = 0, n = vertical.count(y); k < n; k++) {
                        float w = vertical.weight(y, k);
                        int base = (vertical.clampIndex(vertical.first(y) + k) - rowFrom) * outWidth;
                        for (int x = 0; x < outWidth; x++) {
                            acc[x] += w * plane[base + x];
                        }
                    }
                }
                layout.unpremultiply(out, outWidth);
                sink.accept(y, out);
            }
        });
    }
}
