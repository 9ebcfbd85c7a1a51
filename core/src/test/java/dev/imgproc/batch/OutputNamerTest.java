package dev.imgproc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgproc.codec.ImageFormat;
import dev.imgproc.image.Size;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OutputNamerTest {
    private final Path out = Path.of("/out");
    private final BatchItem item = new BatchItem(Path.of("/in/2024/trip/beach.photo.JPG"), Path.of("2024/trip/beach.photo.JPG"));

    @Test
    void defaultNameKeepsTheStemAndTheFolderAndTakesTheOutputExtension() {
        assertThat(OutputNamer.DEFAULT.outputFor(out, item, ImageFormat.PNG, null))
                .isEqualTo(Path.of("/out/2024/trip/beach.photo.png"));
    }

    @Test
    void templateCanNameTheSizeAndFormat() {
        OutputNamer names = new OutputNamer("{stem}-{w}x{h}.{format}.{ext}");

        assertThat(names.needsSize()).isTrue();
        assertThat(names.outputFor(out, item, ImageFormat.JPEG, new Size(800, 600)))
                .isEqualTo(Path.of("/out/2024/trip/beach.photo-800x600.jpeg.jpg"));
    }

    @Test
    void rejectsUnknownPlaceholdersFoldersAndTemplatesWithoutTheStem() {
        assertThatThrownBy(() -> new OutputNamer("{stem}-{width}.{ext}"))
                .hasMessage("unknown placeholder {width} in name template \"{stem}-{width}.{ext}\"; known: {stem}, {ext},"
                        + " {format}, {w}, {h}");
        assertThatThrownBy(() -> new OutputNamer("../{stem}.{ext}")).hasMessageContaining("without folders");
        assertThatThrownBy(() -> new OutputNamer("thumb.{ext}")).hasMessageContaining("must contain {stem}");
    }
}
