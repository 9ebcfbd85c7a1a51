package dev.imgproc.filter;

import static dev.imgproc.testing.ImageAssert.assertThat;

import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import org.junit.jupiter.api.Test;

class EdgesTest {

    @Test
    void verticalStepPeaksOnTheEdgeAndIsZeroOnFlatAreas() {
        // given 0 left of x = 5, 100 from there on
        Image in = TestImages.verticalEdge(10, 4, 5, 0xFF000000, 0xFF646464);

        // when scaled so that the peak does not clamp
        Image out = new Edges(0.25).apply(in);

        // then columns 4 and 5 see gx = (1 + 2 + 1) * 100 = 400, times 0.25; all others see nothing
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 10; x++) {
                int expected = x == 4 || x == 5 ? 100 : 0;
                assertThat(out).hasPixel(x, y, 0xFF000000 | expected * 0x010101);
            }
        }
        assertThat(out).hasChannels(Channels.GRAY);
    }

    @Test
    void constantImageHasNoEdgesAndKeepsAlpha() {
        Image in = TestImages.constant(5, 3, 0x40A0B0C0);

        assertThat(new Edges(1).apply(in)).hasChannels(Channels.RGBA).isConstant(0x40000000, 0);
    }

    @Test
    void grayNoiseMatchesTheSobelDefinition() {
        Image in = TestImages.grayNoise(37, 23, 8);

        Image out = new Edges(1).apply(in);

        assertThat(out).hasChannels(Channels.GRAY).hasSamePixelsAs(sobel(in, 1));
    }

    @Test
    void noiseMatchesTheSobelDefinition() {
        Image in = TestImages.noise(9, 7, 12);

        Image out = new Edges(0.3).apply(in);

        assertThat(out).hasSamePixelsAs(sobel(in, 0.3));
    }

    private static Image sobel(Image in, double scale) {
        int[][] kx = {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}};
        int[][] ky = {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}};
        int[] out = new int[in.pixels().length];
        for (int y = 0; y < in.height(); y++) {
            for (int x = 0; x < in.width(); x++) {
                int[] v = new int[3];
                for (int c = 0; c < 3; c++) {
                    int gx = 0;
                    int gy = 0;
                    for (int j = -1; j <= 1; j++) {
                        for (int i = -1; i <= 1; i++) {
                            int px = Math.clamp(x + i, 0, in.width() - 1);
                            int py = Math.clamp(y + j, 0, in.height() - 1);
                            int level = (in.argb(px, py) >> (16 - 8 * c)) & 0xFF;
                            gx += kx[j + 1][i + 1] * level;
                            gy += ky[j + 1][i + 1] * level;
                        }
                    }
                    v[c] = Argb.clamp(scale * Math.hypot(gx, gy));
                }
                out[y * in.width() + x] = Argb.pack(255, v[0], v[1], v[2]);
            }
        }
        return in.withPixels(in.width(), in.height(), out);
    }
}
