package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.image.Image;
import dev.imgproc.image.Size;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticPhotosTest {
    @TempDir
    Path tmp;

    @Test
    void writesJpegsOfTheAskedSizeThatDescribeThemselvesAsGenerated() throws Exception {
        Inputs inputs = Inputs.generate(tmp, 2, new Size(160, 90), 5);

        assertThat(inputs.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("synthetic-01.jpg", "synthetic-02.jpg");
        assertThat(inputs.sizes()).containsOnly(new Size(160, 90));
        assertThat(inputs.geometry()).isEqualTo("160x90");
        assertThat(inputs.megapixels()).isEqualTo(2 * 160 * 90 / 1e6);
        assertThat(inputs.generated()).isTrue();
        assertThat(inputs.source()).contains("not real photos");
    }

    @Test
    void theSameSeedGivesTheSamePixelsAndAnotherSeedOthers() {
        Size size = new Size(64, 48);

        assertThat(SyntheticPhotos.image(size, 42).pixels()).containsExactly(SyntheticPhotos.image(size, 42).pixels());
        assertThat(Arrays.equals(SyntheticPhotos.image(size, 42).pixels(), SyntheticPhotos.image(size, 43).pixels()))
                .isFalse();
    }

    @Test
    void imagesHaveSmoothAreasAndEdgesLikeAPhotoNotFlatColourOrPureNoise() {
        Image image = SyntheticPhotos.image(new Size(640, 360), 1);

        int small = 0;
        int large = 0;
        int[] p = image.pixels();
        for (int i = 1; i < p.length; i++) {
            int step = Math.abs((p[i] & 0xFF) - (p[i - 1] & 0xFF));
            if (step <= 8) {
                small++;
            } else if (step >= 40) {
                large++;
            }
        }
        // mostly small steps between neighbours (smooth areas, fine noise), but some hard edges and texture
        assertThat(small).isGreaterThan(p.length * 7 / 10);
        assertThat(large).isGreaterThan(100);
    }
}
