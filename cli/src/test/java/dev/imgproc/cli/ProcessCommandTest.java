package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.jr.ob.JSON;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imgproc process} end to end, in-process, over real files on disk. */
class ProcessCommandTest {
    @TempDir
    Path tmp;

    Path in;
    Path out;

    @BeforeEach
    void folders() throws IOException {
        in = Files.createDirectories(tmp.resolve("in"));
        out = tmp.resolve("out");
    }

    private void copySample(String sample, String target) throws IOException {
        Path destination = in.resolve(target);
        Files.createDirectories(destination.getParent());
        Files.copy(Cli.samples().resolve(sample), destination);
    }

    @Test
    void badFilesAreReportedAndTheRestOfTheBatchIsWritten() throws IOException {
        // given: good photos (one EXIF-rotated, one CMYK, one PNG with alpha, one in a subfolder) and bad files
        copySample("ladybird-exif-rotated.jpg", "ladybird.jpg");
        copySample("garden-cmyk.jpg", "garden.jpg");
        copySample("water-drop-alpha.png", "drop.png");
        copySample("dune.jpg", "trips/dune.jpg");
        HostileFiles.truncated(Cli.samples().resolve("storm.jpg"), in, "truncated.jpg", 0.5);
        HostileFiles.empty(in, "empty.jpg");
        HostileFiles.text(in, "notes.jpg");
        HostileFiles.pngClaiming(in, "bomb.png", 100_000, 100_000);

        // when
        Cli result = Cli.run("process", in.toString(), "-o", out.toString(), "--filters", "resize=320x320",
                "--format", "jpeg", "--report", tmp.resolve("report.json").toString());

        // then: exit code 1, every bad file named with its reason, every good file written
        assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(result.err())
                .contains(in.resolve("truncated.jpg") + ": error: ")
                .contains(in.resolve("empty.jpg") + ": error: empty file")
                .contains(in.resolve("notes.jpg") + ": error: not an image")
                .contains(in.resolve("bomb.png") + ": error: 100000x100000 pixels (10000 MP) is over the limit of 268 MP")
                .contains("4 written, 4 failed, 0 skipped of 8 files");
        assertThat(OutputImages.filesUnder(out))
                .containsExactly("drop.jpg", "garden.jpg", "ladybird.jpg", "trips/dune.jpg");
    }

    @Test
    void exifOrientationIsAppliedSoOutputsAreUpright() throws IOException {
        copySample("ladybird-exif-rotated.jpg", "ladybird.jpg"); // stored 800x1280, displayed 1280x800

        Cli upright = Cli.run("process", in.toString(), "-o", out.toString(), "--filters", "resize=320x320");
        Cli raw = Cli.run("process", in.toString(), "-o", tmp.resolve("raw").toString(), "--filters", "resize=320x320",
                "--no-auto-orient");

        assertThat(upright.exitCode()).as(upright.err()).isZero();
        assertThat(raw.exitCode()).as(raw.err()).isZero();
        BufferedImage oriented = OutputImages.read(out.resolve("ladybird.jpg"));
        assertThat(oriented.getWidth()).isEqualTo(320);
        assertThat(oriented.getHeight()).isEqualTo(200);
        BufferedImage stored = OutputImages.read(tmp.resolve("raw/ladybird.jpg"));
        assertThat(stored.getWidth()).isEqualTo(200);
        assertThat(stored.getHeight()).isEqualTo(320);
    }

    @Test
    void cmykJpegComesOutWithItsColoursNotInverted() throws IOException {
        copySample("garden-cmyk.jpg", "garden.jpg");

        Cli result = Cli.run("process", in.toString(), "-o", out.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        // mean colour of the photo converted through its embedded CMYK profile by ImageMagick/LCMS: 173,130,61
        double[] mean = OutputImages.meanRgb(OutputImages.read(out.resolve("garden.jpg")));
        assertThat(mean[0]).isCloseTo(173, within(20.0));
        assertThat(mean[1]).isCloseTo(130, within(20.0));
        assertThat(mean[2]).isCloseTo(61, within(20.0));
    }

    @Test
    void transparencyIsFlattenedOntoTheBackgroundInJpeg() throws IOException {
        copySample("water-drop-alpha.png", "drop.png");

        Cli white = Cli.run("process", in.toString(), "-o", out.toString(), "--format", "jpeg");
        Cli red = Cli.run("process", in.toString(), "-o", tmp.resolve("red").toString(), "--format", "jpeg",
                "--background", "#ff0000");

        assertThat(white.exitCode()).as(white.err()).isZero();
        assertThat(red.exitCode()).as(red.err()).isZero();
        // the corners of the sample are fully transparent
        int corner = OutputImages.read(out.resolve("drop.jpg")).getRGB(2, 2);
        assertThat(java.util.Arrays.stream(channels(corner)).min().orElseThrow()).as("darkest channel").isGreaterThan(245);
        int redCorner = OutputImages.read(tmp.resolve("red/drop.jpg")).getRGB(2, 2);
        assertThat(channels(redCorner)[0]).isGreaterThan(240);
        assertThat(channels(redCorner)[1]).isLessThan(15);
        assertThat(channels(redCorner)[2]).isLessThan(15);
    }

    private static int[] channels(int rgb) {
        return new int[] {(rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF};
    }

    @Test
    void anInvalidFilterSpecFailsBeforeAnyFileIsTouched() throws IOException {
        copySample("dune.jpg", "dune.jpg");

        Cli result = Cli.run("process", in.toString(), "-o", out.toString(), "--filters", "resize=800x600,blur=abc");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(result.err())
                .contains("expected a number from")
                .contains("for blur sigma but got \"abc\"")
                .contains("resize=800x600,blur=abc")
                .contains("                    ^^^");
        assertThat(out).doesNotExist();
    }

    @Test
    void inputsAndTheOutputFolderAreRequired() {
        Cli noInput = Cli.run("process", "-o", out.toString());
        Cli nothing = Cli.run("process");

        assertThat(noInput.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(noInput.err()).contains("Missing required parameter: 'INPUT'");
        assertThat(nothing.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(nothing.err()).contains("Missing required options and parameters: '--output=DIR', 'INPUT'");
        assertThat(out).doesNotExist();
    }

    @Test
    void noInputImagesIsExitCode3() throws IOException {
        Files.writeString(in.resolve("readme.txt"), "no images here");

        Cli empty = Cli.run("process", in.toString(), "-o", out.toString());
        Cli missing = Cli.run("process", tmp.resolve("nowhere").toString(), "-o", out.toString());

        assertThat(empty.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(empty.err()).contains("no input images found in " + in);
        assertThat(missing.exitCode()).isEqualTo(ExitCode.NO_INPUT);
        assertThat(missing.err()).contains(tmp.resolve("nowhere") + ": no such file or folder");
    }

    @Test
    void anOutputFolderThatCannotBeCreatedIsExitCode4() throws IOException {
        copySample("dune.jpg", "dune.jpg");
        Path file = Files.writeString(tmp.resolve("a-file"), "in the way");

        Cli result = Cli.run("process", in.toString(), "-o", file.resolve("out").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.OUTPUT_NOT_WRITABLE);
        assertThat(result.err()).contains(file.resolve("out") + ": output folder is not writable");
    }

    @Test
    void skipExistingLeavesFinishedOutputsAlone() throws IOException {
        copySample("dune.jpg", "dune.jpg");
        copySample("storm.jpg", "storm.jpg");
        assertThat(Cli.run("process", in.toString(), "-o", out.toString()).exitCode()).isZero();
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(out.resolve("dune.jpg"), old);
        Files.delete(out.resolve("storm.jpg")); // as if the first run had been killed before it

        Cli rerun = Cli.run("process", in.toString(), "-o", out.toString(), "--skip-existing");

        assertThat(rerun.exitCode()).as(rerun.err()).isZero();
        assertThat(rerun.err()).contains("1 written, 0 failed, 1 skipped of 2 files");
        assertThat(Files.getLastModifiedTime(out.resolve("dune.jpg"))).isEqualTo(old);
        assertThat(out.resolve("storm.jpg")).exists();
    }

    @Test
    void dryRunListsOutputsAndWritesNothing() throws IOException {
        copySample("dune.jpg", "trips/dune.jpg");
        copySample("water-drop-alpha.png", "drop.png");

        Cli result = Cli.run("process", in.toString(), "-o", out.toString(), "--dry-run", "--format", "jpeg");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().lines()).containsExactly(
                in.resolve("drop.png") + " -> " + out.resolve("drop.jpg"),
                in.resolve("trips/dune.jpg") + " -> " + out.resolve("trips/dune.jpg"));
        assertThat(out).doesNotExist();
    }

    @Test
    void nameTemplateCanCarryTheOutputSize() throws IOException {
        copySample("dune.jpg", "dune.jpg"); // 1280x800

        Cli result = Cli.run("process", in.toString(), "-o", out.toString(), "--filters", "resize=640",
                "--name", "{stem}-{w}x{h}.{ext}");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(OutputImages.filesUnder(out)).containsExactly("dune-640x400.jpg");
    }

    @Test
    void anInputIsNeverOverwritten() throws IOException {
        copySample("dune.jpg", "dune.jpg");
        byte[] before = Files.readAllBytes(in.resolve("dune.jpg"));

        Cli result = Cli.run("process", in.toString(), "-o", in.toString(), "--filters", "grayscale");

        assertThat(result.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        assertThat(result.err()).contains("would overwrite an input");
        assertThat(Files.readAllBytes(in.resolve("dune.jpg"))).isEqualTo(before);
        assertThat(OutputImages.filesUnder(in)).containsExactly("dune.jpg");
    }

    @Test
    void includeAndExcludeSelectFilesFromFolders() throws IOException {
        copySample("dune.jpg", "a/dune.jpg");
        copySample("storm.jpg", "b/storm.jpg");
        copySample("water-drop-alpha.png", "a/drop.png");

        Cli result = Cli.run("process", in.toString(), "-o", out.toString(), "--include", "*.jpg", "--exclude", "b/**");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(OutputImages.filesUnder(out)).containsExactly("a/dune.jpg");
    }

    @Test
    void qualityChangesTheJpegSize() throws IOException {
        copySample("dune.jpg", "dune.jpg");

        Cli.run("process", in.toString(), "-o", tmp.resolve("q30").toString(), "--quality", "30");
        Cli.run("process", in.toString(), "-o", tmp.resolve("q95").toString(), "--quality", "95");

        assertThat(Files.size(tmp.resolve("q30/dune.jpg"))).isLessThan(Files.size(tmp.resolve("q95/dune.jpg")) / 2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportHasOneEntryPerFile() throws IOException {
        copySample("dune.jpg", "dune.jpg");
        HostileFiles.text(in, "notes.jpg");
        Path report = tmp.resolve("report.json");

        Cli result = Cli.run("process", in.toString(), "-o", out.toString(), "--filters", "resize=100", "--report",
                report.toString(), "--quiet");

        assertThat(result.exitCode()).isEqualTo(ExitCode.SOME_FAILED);
        Map<String, Object> json = JSON.std.mapFrom(Files.readString(report));
        List<Map<String, Object>> files = (List<Map<String, Object>>) json.get("files");
        assertThat(files).hasSize(2);
        Map<String, Object> dune = files.getFirst();
        assertThat(dune).containsEntry("input", in.resolve("dune.jpg").toString())
                .containsEntry("output", out.resolve("dune.jpg").toString())
                .containsEntry("status", "written")
                .containsEntry("outputWidth", 100)
                .containsEntry("outputHeight", 63)
                .containsEntry("error", null);
        assertThat(((Number) dune.get("inputBytes")).longValue()).isEqualTo(Files.size(in.resolve("dune.jpg")));
        assertThat(((Number) dune.get("outputBytes")).longValue()).isEqualTo(Files.size(out.resolve("dune.jpg")));
        Map<String, Object> notes = files.get(1);
        assertThat(notes).containsEntry("status", "failed").containsEntry("stage", "decode");
        assertThat((String) notes.get("error")).startsWith("not an image");
        assertThat(result.err()).doesNotContain("written,"); // --quiet: no summary
    }

    @Test
    void noTemporaryFilesAreLeftBehind() throws IOException {
        copySample("dune.jpg", "dune.jpg");
        HostileFiles.truncated(Cli.samples().resolve("storm.jpg"), in, "storm.jpg", 0.3);

        Cli.run("process", in.toString(), "-o", out.toString());

        assertThat(OutputImages.filesUnder(out)).containsExactly("dune.jpg");
    }
}
