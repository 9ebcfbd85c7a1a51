package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command, run through the packaged jar over the bundled samples. */
class ReadmeCommandIT {
    @TempDir
    Path tmp;

    @Test
    void processesTheBundledSamplesIntoAMirroredOutputTree() throws Exception {
        Path out = tmp.resolve("out");

        ImgprocProcess result = ImgprocProcess.run(tmp, "process", Cli.samples().toString(), "-o", out.toString(),
                "--filters", "resize=800x800>,sharpen=0.6");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(OutputImages.filesUnder(out)).containsExactly(
                "dune.jpg", "garden-cmyk.jpg", "ladybird-exif-rotated.jpg", "more/two-wings.jpg", "raindrops.jpg",
                "storm.jpg", "water-drop-alpha.png", "yellow-flower.jpg");
        BufferedImage ladybird = OutputImages.read(out.resolve("ladybird-exif-rotated.jpg"));
        assertThat(ladybird.getWidth()).as("upright").isEqualTo(800);
        assertThat(ladybird.getHeight()).isEqualTo(500);
        assertThat(OutputImages.read(out.resolve("water-drop-alpha.png")).getColorModel().hasAlpha()).isTrue();
        assertThat(result.err()).contains("8 written, 0 failed, 0 skipped of 8 files");
    }

    @Test
    void exitCodesReachTheShell() throws Exception {
        ImgprocProcess usage = ImgprocProcess.run(tmp, "process", "in", "-o", "out", "--filters", "blurr=2");
        ImgprocProcess noInput = ImgprocProcess.run(tmp, "process", tmp.resolve("missing").toString(), "-o", "out");

        assertThat(usage.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(usage.err()).contains("unknown filter \"blurr\" (did you mean \"blur\"?)");
        assertThat(noInput.exitCode()).isEqualTo(ExitCode.NO_INPUT);
    }
}
