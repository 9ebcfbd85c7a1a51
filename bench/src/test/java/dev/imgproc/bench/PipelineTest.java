package dev.imgproc.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.Recipe;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Size;
import org.junit.jupiter.api.Test;

class PipelineTest {
    @Test
    void parsesNamesInAnyCaseAndNicknames() {
        assertThat(Pipeline.parse("P2")).isEqualTo(Pipeline.P2);
        assertThat(Pipeline.parse(" p3 ")).isEqualTo(Pipeline.P3);
        assertThat(Pipeline.parse("edges")).isEqualTo(Pipeline.P4);
    }

    @Test
    void unknownNamesListTheKnownOnes() {
        assertThatThrownBy(() -> Pipeline.parse("P5"))
                .hasMessage("unknown pipeline \"P5\"; expected one of P1 thumb, P2 web, P3 heavy, P4 edges");
    }

    @Test
    void specsParseAndGiveTheIssuesGeometry() {
        Size photo = new Size(3840, 2160);

        assertThat(Pipeline.P1.filters().outputSize(photo)).isEqualTo(new Size(800, 450));
        assertThat(Pipeline.P2.filters().outputSize(photo)).isEqualTo(new Size(1920, 1080));
        assertThat(Pipeline.P3.filters().outputSize(photo)).isEqualTo(photo);
        assertThat(Pipeline.P4.filters().outputSize(photo)).isEqualTo(photo);
    }

    @Test
    void recipesWriteJpegAtQuality85() {
        Recipe recipe = Pipeline.P2.recipe();

        assertThat(recipe.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(recipe.encode().quality()).isEqualTo(85);
        assertThat(recipe.filters()).isEqualTo(FilterChain.parse("resize=1920,blur=2,brightness=1.2"));
    }
}
