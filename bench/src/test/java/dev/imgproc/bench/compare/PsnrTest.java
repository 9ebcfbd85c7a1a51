package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import org.junit.jupiter.api.Test;

class PsnrTest {
    @Test
    void identicalImagesHaveInfinitePsnr() {
        Image image = Image.filled(4, 3, 0xFF336699, Channels.RGB);

        assertThat(Psnr.of(image, image)).isInfinite();
    }

    @Test
    void oneLevelOffEverywhereIsAnMseOfOne() {
        Image a = Image.filled(4, 3, 0xFF336699, Channels.RGB);
        Image b = Image.filled(4, 3, 0xFF34679A, Channels.RGB);

        // 10 log10(255² / 1)
        assertThat(Psnr.of(a, b)).isCloseTo(48.13, within(0.01));
    }

    @Test
    void alphaIsIgnored() {
        Image a = Image.filled(2, 2, 0xFF102030, Channels.RGBA);
        Image b = Image.filled(2, 2, 0x00102030, Channels.RGBA);

        assertThat(Psnr.of(a, b)).isInfinite();
    }

    @Test
    void imagesOfDifferentSizesCannotBeCompared() {
        Image a = Image.filled(4, 3, 0xFF000000, Channels.RGB);
        Image b = Image.filled(3, 4, 0xFF000000, Channels.RGB);

        assertThatThrownBy(() -> Psnr.of(a, b)).hasMessageContaining("4x3 and 3x4");
    }
}
