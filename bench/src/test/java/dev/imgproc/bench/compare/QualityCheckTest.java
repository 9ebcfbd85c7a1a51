package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.bench.Pipeline;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.image.Image;
import dev.imgproc.testing.TestImages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QualityCheckTest {
    @TempDir
    Path tmp;

    @Test
    void theSameOutputOnBothSidesPassesTheGate() throws Exception {
        Path ours = write("ours", "a.jpg", TestImages.noise(64, 36, 1));
        Path theirs = write("theirs", "a.jpg", TestImages.noise(64, 36, 1));

        QualityCheck check = QualityCheck.compare(Pipeline.P1, Scenario.LIBVIPS, ours, theirs,
                List.of(Path.of("in/a.jpeg")), QualityCheck.VIPS_GATE_DB);

        assertThat(check.files()).isEqualTo(1);
        assertThat(check.sameGeometry()).isTrue();
        assertThat(check.minPsnr()).isInfinite();
        assertThat(check.passed()).isTrue();
    }

    @Test
    void anotherGeometryFailsWhateverThePixels() throws Exception {
        Path ours = write("ours", "a.jpg", TestImages.noise(64, 36, 1));
        Path theirs = write("theirs", "a.jpg", TestImages.noise(64, 35, 1));

        QualityCheck check = QualityCheck.compare(Pipeline.P1, Scenario.LIBVIPS, ours, theirs,
                List.of(Path.of("a.jpg")), QualityCheck.VIPS_GATE_DB);

        assertThat(check.sameGeometry()).isFalse();
        assertThat(check.problem()).isEqualTo("a.jpg: imgproc wrote 64x36, libvips 64x35");
        assertThat(check.passed()).isFalse();
    }

    @Test
    void differentPixelsFallBelowTheGate() throws Exception {
        Path ours = write("ours", "a.jpg", TestImages.noise(64, 36, 1));
        Path theirs = write("theirs", "a.jpg", TestImages.noise(64, 36, 2));

        QualityCheck check = QualityCheck.compare(Pipeline.P2, Scenario.LIBVIPS, ours, theirs,
                List.of(Path.of("a.jpg")), QualityCheck.VIPS_GATE_DB);

        assertThat(check.minPsnr()).isLessThan(15);
        assertThat(check.passed()).isFalse();
    }

    @Test
    void aMissingOutputIsAProblemNotACrash() throws Exception {
        Path ours = write("ours", "a.jpg", TestImages.noise(8, 8, 1));

        QualityCheck check = QualityCheck.compare(Pipeline.P2, Scenario.NAIVE, ours, tmp.resolve("nothing"),
                List.of(Path.of("a.jpg")), Double.NaN);

        assertThat(check.problem()).isEqualTo("missing output a.jpg");
        assertThat(check.gated()).isFalse();
        assertThat(check.passed()).isFalse();
    }

    private Path write(String dir, String name, Image image) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve(dir));
        Files.write(folder.resolve(name), Codecs.standard().encode(image, ImageFormat.JPEG, EncodeOptions.DEFAULT, null));
        return folder;
    }
}
