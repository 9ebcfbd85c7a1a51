package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.filter.spec.Region;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResizeTest {

    private static Filter resize(String spec) {
        return FilterChain.parse(spec).filters().getFirst();
    }

    @ParameterizedTest(name = "{0} of 40x30 is {1}x{2}")
    @CsvSource(delimiterString = "->", value = {
        "resize=20x20 -> 20 -> 15",
        "resize=20x20:fit=inside -> 20 -> 15",
        "resize=20x20:fit=outside -> 27 -> 20",
        "resize=20x20:fit=cover -> 20 -> 20",
        "resize=20x20:fit=contain -> 20 -> 20",
        "resize=20x20:fit=fill -> 20 -> 20",
        "resize=20x20! -> 20 -> 20",
        "resize=30x10:fit=inside -> 13 -> 10",
        "resize=30x10:fit=outside -> 30 -> 23",
        "resize=20 -> 20 -> 15",
        "resize=20x -> 20 -> 15",
        "resize=x15 -> 20 -> 15",
        "resize=50% -> 20 -> 15",
        "resize=250% -> 100 -> 75",
        "resize=80x80 -> 80 -> 60",
        "resize=20x20> -> 20 -> 15",
        "resize=80x80< -> 80 -> 60",
        "resize=50%> -> 20 -> 15",
        "resize=1x1:fit=outside -> 1 -> 1",
        "resize=1x1:fit=inside -> 1 -> 1",
    })
    void outputSizeFollowsTheGeometryAndFitAndMatchesTheImage(String spec, int width, int height) {
        // given
        Image in = TestImages.noise(40, 30, 1);
        Filter filter = resize(spec);

        // when
        Image out = filter.apply(in);

        // then
        assertThat(out).hasSize(width, height);
        assertThat(filter.outputSize(in.size())).isEqualTo(new Size(width, height));
    }

    @ParameterizedTest
    @ValueSource(strings = {"resize=80x80>", "resize=40x30>", "resize=20x20<", "resize=50%<", "resize=200%>",
        "resize=100x100>:fit=cover", "resize=100x100>:fit=contain", "resize=40x30", "resize=40x"})
    void imageThatNeedsNoChangeUnderTheLimitIsReturnedAsItIs(String spec) {
        Image in = TestImages.noise(40, 30, 1);

        Image out = resize(spec).apply(in);

        assertThat(out).isSameAs(in);
        assertThat(resize(spec).outputSize(in.size())).isEqualTo(in.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"lanczos3", "cubic", "linear"})
    void onePixelCheckerboardShrunkByFourIsFlatMidGrey(String kernel) {
        // given the worst case for aliasing: detail at the input's Nyquist frequency
        Image in = TestImages.checkerboard(64, 48, 1);

        // when
        Image out = resize("resize=16x12:kernel=" + kernel).apply(in);

        // then every output pixel averages it away, up to the corners
        assertThat(out).hasSize(16, 12).hasChannels(Channels.GRAY).isConstant(0xFF808080, 3);
    }

    @Test
    void onePixelStripesShrunkByThreeAreFlatAwayFromTheEdges() {
        // given alternating black and white columns; an odd factor puts output centres on input centres, so a
        // kernel that did not widen would copy single columns and return black and white stripes
        Image in = TestImages.checkerboard(63, 1, 1);

        // when
        Image out = resize("resize=21x1!").apply(in);

        // then the kernel, clipped at the image edges, only colours the outer three columns
        assertThat(new Crop(new Region(15, 1, 3, 0), Gravity.CENTER).apply(out)).isConstant(0xFF808080, 1);
    }

    @Test
    void linearHalvingWeighsEachPixelByTheWidenedTriangle() {
        // given one row of noise; halving puts output i at input position 2i + 1 and widens the triangle to
        // radius 2, so pixels 2i-1, 2i, 2i+1, 2i+2 (centres 1.5, 0.5, 0.5, 1.5 away) weigh 1/8, 3/8, 3/8, 1/8
        Image in = TestImages.grayNoise(16, 1, 9);
        int[] p = new int[16];
        for (int x = 0; x < 16; x++) {
            p[x] = Argb.blue(in.argb(x, 0));
        }

        // when
        Image out = resize("resize=8x1!:kernel=linear").apply(in);

        // then; at the left edge pixel -1 is missing and the rest renormalised to 7/8
        assertThat(Argb.blue(out.argb(0, 0))).isEqualTo((int) Math.round((3 * p[0] + 3 * p[1] + p[2]) / 7.0));
        for (int i = 1; i < 8; i++) {
            double expected = (p[2 * i - 1] + 3 * p[2 * i] + 3 * p[2 * i + 1] + (i < 7 ? p[2 * i + 2] : 0))
                    / (i < 7 ? 8.0 : 7.0);
            assertThat(Argb.blue(out.argb(i, 0))).as("pixel %d", i).isEqualTo((int) Math.round(expected));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"resize=13x7!", "resize=300%", "resize=7x3!:kernel=cubic"})
    void constantImageStaysConstant(String spec) {
        Image in = TestImages.constant(20, 9, 0x80FF8000);

        Image out = resize(spec).apply(in);

        assertThat(out).hasChannels(Channels.RGBA).isConstant(0x80FF8000, 0);
    }

    @Test
    void transparentNeighboursDoNotDarkenColourOnTheWayDown() {
        // given opaque white beside transparent black, the edge in the middle of output pixel 5 (input 20..23)
        Image in = TestImages.verticalEdge(40, 4, 22, 0xFFFFFFFF, 0x00000000);

        // when
        Image out = resize("resize=10x1!").apply(in);

        // then the pixel straddling the edge is half transparent but still white
        assertThat(out.argb(5, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(out.argb(5, 0) >>> 24).isBetween(100, 155);
    }

    @Test
    void nearestDoublingRepeatsEachPixelExactly() {
        Image in = TestImages.numbered(5, 3);

        Image out = resize("resize=200%:kernel=nearest").apply(in);

        assertThat(out).hasSize(10, 6);
        for (int y = 0; y < 6; y++) {
            for (int x = 0; x < 10; x++) {
                assertThat(out).hasPixel(x, y, in.argb(x / 2, y / 2));
            }
        }
    }

    @Test
    void nearestHalvingPicksThePixelUnderEachOutputCentre() {
        Image in = TestImages.numbered(8, 6);

        Image out = resize("resize=4x3:kernel=nearest").apply(in);

        assertThat(out).hasPixel(0, 0, in.argb(1, 1)).hasPixel(3, 2, in.argb(7, 5));
    }

    @Test
    void containPadsWithTheBackgroundAroundTheCentredImage() {
        // given a wide red image
        Image in = TestImages.constant(40, 20, 0xFFFF0000);

        // when fitted into a square
        Image out = resize("resize=10x10:fit=contain:background=#0000ff").apply(in);

        // then the image is 10x5, its top at row (10 - 5) / 2 = 2, blue padding above and below
        assertThat(out).hasSize(10, 10).hasChannels(Channels.RGB).hasPixel(5, 1, 0xFF0000FF).hasPixel(5, 2, 0xFFFF0000)
                .hasPixel(5, 6, 0xFFFF0000).hasPixel(5, 7, 0xFF0000FF).hasPixel(0, 9, 0xFF0000FF);
    }

    @Test
    void containWithGravityNorthPutsTheImageAtTheTop() {
        Image in = TestImages.constant(40, 20, 0xFFFFFFFF);

        Image out = resize("resize=10x10:fit=contain:gravity=north").apply(in);

        assertThat(out).hasChannels(Channels.GRAY).hasPixel(5, 0, 0xFFFFFFFF).hasPixel(5, 4, 0xFFFFFFFF)
                .hasPixel(5, 5, 0xFF000000);
    }

    @Test
    void containOnATranslucentBackgroundGainsAlpha() {
        Image in = TestImages.constant(40, 20, 0xFF336699);

        Image out = resize("resize=10x10:fit=contain:background=transparent").apply(in);

        assertThat(out).hasChannels(Channels.RGBA).hasPixel(0, 0, 0x00000000).hasPixel(5, 5, 0xFF336699);
    }

    @Test
    void coverCropsWhatStickOutAtTheGravity() {
        // given black on the left half, white on the right
        Image in = TestImages.verticalEdge(80, 20, 40, 0xFF000000, 0xFFFFFFFF);

        // when covering a square (scaled to 40x10, cropped to 10x10: each side keeps 20 input pixels off the edge,
        // more than lanczos3 reaches when halving)
        Image west = resize("resize=10x10:fit=cover:gravity=west").apply(in);
        Image east = resize("resize=10x10:fit=cover:gravity=east").apply(in);
        Image centre = resize("resize=10x10:fit=cover").apply(in);

        // then
        assertThat(west).hasSize(10, 10).isConstant(0xFF000000, 0);
        assertThat(east).hasSize(10, 10).isConstant(0xFFFFFFFF, 0);
        assertThat(centre).hasPixel(0, 5, 0xFF000000).hasPixel(9, 5, 0xFFFFFFFF);
    }

    @Test
    void coverEqualsTheMatchingWindowOfTheUncroppedResize() {
        Image in = TestImages.noise(40, 30, 4);

        Image cropped = resize("resize=20x20:fit=cover").apply(in);
        Image whole = resize("resize=20x20:fit=outside").apply(in);

        // outside gives 27x20; the centre crop starts at x = 3
        assertThat(cropped).hasSamePixelsAs(new Crop(new Region(20, 20, 3, 0),
                Gravity.CENTER).apply(whole));
    }

    @Test
    void coverThatNeedsNoScalingCropsPixelsExactly() {
        // given a 40x30 image covering a 40x20 box: no scaling, a centre crop of rows 5..24
        Image in = TestImages.noise(40, 30, 6, true);

        Image out = resize("resize=40x20:fit=cover").apply(in);

        assertThat(out).hasSamePixelsAs(new Crop(new Region(40, 20, 0, 5), Gravity.CENTER).apply(in));
    }

    @Test
    void grayStaysGrayAndOnePixelImagesScaleUp() {
        Image in = TestImages.constant(1, 1, 0xFF404040);

        Image out = resize("resize=3x5!").apply(in);

        assertThat(out).hasSize(3, 5).hasChannels(Channels.GRAY).isConstant(0xFF404040, 0);
    }
}
