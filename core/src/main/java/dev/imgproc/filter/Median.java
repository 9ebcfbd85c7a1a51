package dev.imgproc.filter;

import dev.imgproc.compute.Parallel;
import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.filter.spec.Param;
import dev.imgproc.image.Image;

/**
 * Median filter: each channel (alpha too) becomes the median of its {@code (2r+1)²} square neighbourhood, edge pixels
 * extended. Removes salt-and-pepper noise while keeping edges. Runs in constant time per pixel whatever the radius,
 * see {@link SlidingMedian}; the 3x3 window, the default, in vector code ({@link Median3x3}).
 */
public record Median(int radius) implements Filter {
    static final Param<Integer> RADIUS = Param.whole("radius", "half the window side: 1 is 3x3", 1, 50, 1);

    public static final FilterDescriptor DESCRIPTOR = FilterDescriptor.of(
            "median", "median of each pixel's square neighbourhood, against speckle noise", "median=2",
            args -> new Median(args.get(RADIUS)), RADIUS);

    public Median {
        if (radius < 1) {
            throw new IllegalArgumentException("radius must be at least 1 but was " + radius);
        }
    }

    @Override
    public Image apply(Image in) {
        int[] src = in.pixels();
        int[] dst = new int[src.length];
        int width = in.width();
        boolean gray = in.channels().isGray();
        boolean alpha = in.hasAlpha();
        Parallel.forRows(in.height(), width, (from, to) -> {
            ChannelMedian median = radius == 1
                    ? new Median3x3(src, width, in.height())::run
                    : new SlidingMedian(src, width, in.height(), radius)::run;
            if (gray) {
                median.run(0, 0x010101, from, to, dst);
            } else {
                median.run(16, 1 << 16, from, to, dst);
                median.run(8, 1 << 8, from, to, dst);
                median.run(0, 1, from, to, dst);
            }
            if (alpha) {
                median.run(24, 1 << 24, from, to, dst);
            } else {
                for (int i = from * width; i < to * width; i++) {
                    dst[i] |= 0xFF000000;
                }
            }
        });
        return in.withPixels(width, in.height(), dst);
    }

    /** The medians of one channel for a band of rows, added into {@code dst} (see {@link SlidingMedian#run}). */
    @FunctionalInterface
    private interface ChannelMedian {
        void run(int shift, int spread, int from, int to, int[] dst);
    }
}
