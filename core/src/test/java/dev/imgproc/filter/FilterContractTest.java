package dev.imgproc.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.filter.spec.FilterDescriptor;
import dev.imgproc.image.Argb;
import dev.imgproc.image.Channels;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every filter promises, checked for every registered filter on small, odd-sized images of every kind. */
class FilterContractTest {

    /** Specs beyond the descriptors' examples that take other paths: size changes, padding, exact turns. */
    private static final List<String> MORE_SPECS = List.of(
            "resize=7x3!", "resize=200%:kernel=cubic", "resize=5x5:fit=contain:background=#ff000080",
            "resize=5x5:fit=cover:kernel=nearest", "resize=4x:kernel=linear", "rotate=30:background=transparent",
            "rotate=-90", "rotate=180", "crop=2x2+0+0", "flip=both", "median=4", "sharpen=2:threshold=10");

    static Stream<String> specs() {
        List<String> specs = new ArrayList<>();
        for (FilterDescriptor descriptor : Filters.all()) {
            specs.add(descriptor.example());
            if (descriptor.withDefaults().isPresent()) {
                specs.add(descriptor.name());
            }
        }
        specs.addAll(MORE_SPECS);
        return specs.stream();
    }

    static Stream<Arguments> specsAndImages() {
        List<Image> images = List.of(
                TestImages.noise(1, 1, 1),
                TestImages.noise(3, 5, 2, true),
                TestImages.noise(17, 9, 3),
                TestImages.grayNoise(17, 9, 4),
                grayAlpha(3, 5),
                TestImages.noise(9, 17, 5, true));
        return specs().flatMap(spec -> images.stream().map(image -> Arguments.of(spec, image)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("specsAndImages")
    void leavesTheInputAloneReportsItsSizeAndTellsTheTruthAboutChannels(String spec, Image in) {
        // given
        Filter filter = FilterChain.parse(spec).filters().getFirst();
        int[] before = in.pixels().clone();

        // when
        Image out = filter.apply(in);

        // then
        assertThat(in.pixels()).as("input pixels").isEqualTo(before);
        assertThat(filter.outputSize(in.size())).as("outputSize").isEqualTo(out.size());
        assertThat(out.pixels()).hasSize(out.width() * out.height());
        for (int p : out.pixels()) {
            if (!out.hasAlpha()) {
                assertThat(Argb.alpha(p)).as("alpha of %s without alpha channel", out).isEqualTo(255);
            }
            if (out.channels().isGray()) {
                assertThat(Argb.red(p)).as("gray %s", out).isEqualTo(Argb.green(p)).isEqualTo(Argb.blue(p));
            }
        }
        if (in.hasAlpha()) {
            assertThat(out.hasAlpha()).as("alpha is kept").isTrue();
        }
        if (in.channels().isGray() && !spec.startsWith("sepia") && !spec.contains("background=#ff")) {
            assertThat(out.channels().isGray()).as("gray is kept").isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("specs")
    void specRoundTripsThroughItsCanonicalText(String spec) {
        FilterChain chain = FilterChain.parse(spec);

        FilterChain again = FilterChain.parse(chain.spec());

        assertThat(again.spec()).isEqualTo(chain.spec());
        assertThat(again.filters()).isEqualTo(chain.filters());
    }

    @Test
    void filtersAreListedInTheDocumentedOrder() {
        assertThat(Filters.all()).extracting(FilterDescriptor::name).containsExactly("resize", "crop", "rotate",
                "flip", "blur", "sharpen", "brightness", "contrast", "grayscale", "invert", "sepia", "edges", "median");
    }

    @Test
    void everyExampleStartsWithItsFilterName() {
        for (FilterDescriptor descriptor : Filters.all()) {
            assertThat(descriptor.example()).startsWith(descriptor.name());
            assertThat(descriptor.summary()).isNotBlank();
        }
    }

    private static Image grayAlpha(int width, int height) {
        Image gray = TestImages.grayNoise(width, height, 6);
        int[] pixels = gray.pixels().clone();
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] = (pixels[i] & 0xFFFFFF) | (i * 37 % 256) << 24;
        }
        return new Image(width, height, pixels, Channels.GRAY_ALPHA);
    }
}
