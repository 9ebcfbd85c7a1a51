package dev.imgproc.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.codec.DecodeOptions;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.Recipe;
import dev.imgproc.filter.FilterChain;
import dev.imgproc.image.Color;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobMessageTest {
    @Test
    void everyPartOfTheRecipeSurvivesTheTrip() {
        Recipe recipe = new Recipe(new DecodeOptions(false, 1_000_000),
                FilterChain.parse("resize=800x600>:fit=cover,sharpen=1:amount=0.8,rotate=33"), ImageFormat.JPEG,
                new EncodeOptions(72, true, true, Color.parse("#10203080"), true));
        JobMessage message = JobMessage.first("heavy", "run1", "17", "trips/dune.jpg", recipe);

        JobMessage back = JobMessage.parse(message.fields());

        assertThat(back).isEqualTo(message);
        assertThat(back.recipe().filters().spec()).isEqualTo(recipe.filters().spec());
    }

    @Test
    void aMessageOfAnotherVersionIsRefusedWithAHint() {
        Map<String, String> fields = new HashMap<>(JobMessage.first("q", "r", "1", "a.jpg", Recipe.of("")).fields());
        fields.put("v", "2");

        assertThatThrownBy(() -> JobMessage.parse(fields))
                .hasMessageContaining("run workers of the same imgproc version as the client");
    }
}
