package dev.imgproc.bench.naive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.bench.Pipeline;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import dev.imgproc.testing.TestImages;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The naive baseline must do the same work as imgproc, or the speed-up it is the reference for means nothing: the
 * same output geometry, and (apart from rounding) the same pixels.
 */
class NaiveBaselineTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @EnumSource(Pipeline.class)
    void outputSizeIsImgprocsForLandscapePortraitAndOddSizes(Pipeline pipeline) {
        for (Size in : List.of(new Size(3840, 2160), new Size(2160, 3840), new Size(801, 799), new Size(37, 5),
                new Size(1, 1), new Size(1921, 1081), new Size(4000, 4000))) {
            // when: geometry only (the pixel test below checks that apply() uses it), so 4K costs nothing
            Size naive = switch (pipeline) {
                case P1 -> size(NaiveGeometry.fitInside(in.width(), in.height(), 800, 800));
                case P2 -> size(NaiveGeometry.toWidth(in.width(), in.height(), 1920));
                case P3, P4 -> in;
            };

            // then
            assertThat(naive).as(pipeline + " of " + in).isEqualTo(pipeline.filters().outputSize(in));
        }
    }

    @ParameterizedTest
    @EnumSource(Pipeline.class)
    void computesWhatImgprocComputesWithinRounding(Pipeline pipeline) {
        // given: colour noise, small enough for direct 2-D kernels to be quick (P2 resizes to 1920 wide: a strip)
        Image in = pipeline == Pipeline.P2 ? TestImages.noise(2000, 30, 7) : TestImages.noise(96, 54, 7);

        // when
        BufferedImage naive = NaiveBaseline.apply(pipeline, toBufferedImage(in));
        Image imgproc = pipeline.filters().apply(in);

        // then: same size, and no channel more than 2 levels apart (imgproc keeps floats where naive rounds)
        assertThat(new Size(naive.getWidth(), naive.getHeight())).isEqualTo(imgproc.size());
        assertThat(maxChannelDifference(naive, imgproc)).isLessThanOrEqualTo(2);
    }

    @Test
    void runWritesOneJpegPerInputNamedLikeIt() throws Exception {
        // given
        Path photo = tmp.resolve("photo.jpeg");
        ImageIO.write(toBufferedImage(TestImages.noise(120, 80, 3)), "jpeg", photo.toFile());

        // when
        int written = NaiveBaseline.run(Pipeline.P4, List.of(photo), tmp.resolve("out"));

        // then: a gray JPEG, as imgproc writes gray results
        BufferedImage out = ImageIO.read(tmp.resolve("out/photo.jpg").toFile());
        assertThat(written).isEqualTo(1);
        assertThat(out.getRaster().getNumBands()).isEqualTo(1);
        assertThat(Files.list(tmp.resolve("out")).count()).isEqualTo(1);
    }

    @Test
    void pixelsGoThroughGetRgbAndSetRgbUnchanged() {
        Image in = TestImages.noise(13, 7, 1);

        BufferedImage image = NaivePixels.write(13, 7, in.pixels());

        assertThat(NaivePixels.read(image)).containsExactly(in.pixels());
    }

    @Test
    void grayCopyKeepsTheLevels() {
        Image gray = TestImages.gradient(256, 2);

        BufferedImage copy = NaivePixels.gray(toBufferedImage(gray));

        assertThat(copy.getRaster().getSample(200, 1, 0)).isEqualTo(gray.argb(200, 1) & 0xFF);
    }

    private static Size size(int[] widthHeight) {
        return new Size(widthHeight[0], widthHeight[1]);
    }

    private static BufferedImage toBufferedImage(Image image) {
        BufferedImage buffered = new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, image.width(), image.height(), image.pixels(), 0, image.width());
        return buffered;
    }

    private static int maxChannelDifference(BufferedImage naive, Image imgproc) {
        int max = 0;
        for (int y = 0; y < imgproc.height(); y++) {
            for (int x = 0; x < imgproc.width(); x++) {
                int p = naive.getRGB(x, y);
                int q = imgproc.argb(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    max = Math.max(max, Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF)));
                }
            }
        }
        return max;
    }
}
