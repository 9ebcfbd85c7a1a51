package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The strip-wise filters (each band of rows filters the input rows it needs into its own ring of rows) give the same
 * bytes however the rows are split. In a pool of one thread a 1600-row image goes in four bands; in a pool of seven,
 * in eight to thirty-two (the bands shrink to the filter's minimum). A band re-reads the rows above its first
 * output, so a mistake at a band's edge (a ring slot filled late, a row clamped wrongly) shows up as a difference.
 */
class BandSplitTest {

    @ParameterizedTest
    @ValueSource(strings = {"blur=8", "blur=1.3", "sharpen", "sharpen=2:amount=0.7:threshold=3", "resize=50%",
        "resize=401x99!", "resize=500x700:fit=cover", "resize=640x480!:kernel=cubic", "edges", "grayscale,edges"})
    void sameBytesWhateverTheBands(String spec) {
        FilterChain chain = FilterChain.parse(spec);
        Image in = TestImages.noise(640, 1600, 9, spec.equals("blur=1.3"));

        Image fourBands = inPool(1, chain, in);

        assertThat(inPool(7, chain, in)).hasSamePixelsAs(fourBands);
    }

    private static Image inPool(int threads, FilterChain chain, Image in) {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(() -> chain.apply(in)).join();
        } finally {
            pool.shutdown();
        }
    }
}
