package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.bench.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The peer scripts run the pipelines as the shared peer scripts do, and survive awkward paths. */
class PeerScriptsTest {
    private static final PeerTool IM = new PeerTool(Scenario.IMAGEMAGICK,
            Map.of("convert", Path.of("/usr/bin/convert")), "ImageMagick 6");
    private static final PeerTool VIPS = new PeerTool(Scenario.LIBVIPS,
            Map.of("vips", Path.of("/usr/bin/vips"), "vipsthumbnail", Path.of("/usr/bin/vipsthumbnail")), "vips-8.14");

    @TempDir
    Path tmp;

    @Test
    void imageMagickRunsOneConvertPerImage() {
        assertThat(PeerScripts.commands(IM, Pipeline.P1)).containsExactly(
                "'/usr/bin/convert' \"$in\" -resize 800x800 -quality 85 \"$out/$b.jpg\"");
        assertThat(PeerScripts.commands(IM, Pipeline.P2)).containsExactly(
                "'/usr/bin/convert' \"$in\" -resize 1920x -blur 0x2 -evaluate Multiply 1.2 -quality 85 \"$out/$b.jpg\"");
        assertThat(PeerScripts.commands(IM, Pipeline.P3).getFirst())
                .contains("-blur 0x8 -unsharp 0x1+1+0 -colorspace Gray -quality 85");
        assertThat(PeerScripts.commands(IM, Pipeline.P4).getFirst())
                .contains("-colorspace Gray -define morphology:compose=Lighten -morphology Convolve 'Sobel:>'");
    }

    @Test
    void libvipsThumbnailsWithVipsthumbnailAndChainsTheRestThroughVFiles() {
        assertThat(PeerScripts.commands(VIPS, Pipeline.P1)).containsExactly(
                "'/usr/bin/vipsthumbnail' \"$in\" --size 800x800 -o \"$out/%s.jpg[Q=85]\"");
        assertThat(PeerScripts.commands(VIPS, Pipeline.P2)).containsExactly(
                "t=\"$out/.tmp-$b\"",
                "'/usr/bin/vips' thumbnail \"$in\" \"$t-1.v\" 1920",
                "'/usr/bin/vips' gaussblur \"$t-1.v\" \"$t-2.v\" 2",
                "'/usr/bin/vips' linear \"$t-2.v\" \"$out/$b.jpg[Q=85]\" 1.2 0 --uchar",
                "rm -f \"$t\"-*.v");
        assertThat(String.join("\n", PeerScripts.commands(VIPS, Pipeline.P3)))
                .contains("gaussblur \"$in\" \"$t-1.v\" 8", "sharpen \"$t-1.v\" \"$t-2.v\" --sigma 1", "b-w");
        assertThat(String.join("\n", PeerScripts.commands(VIPS, Pipeline.P4)))
                .contains("colourspace \"$in\" \"$t-1.v\" b-w", "sobel \"$t-1.v\" \"$out/$b.jpg[Q=85]\"");
    }

    @Test
    void quotingSurvivesSpacesAndQuotes() {
        assertThat(PeerScripts.quote("/tmp/it's here")).isEqualTo("'/tmp/it'\\''s here'");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theScriptPassesTheToolExactlyTheArgumentsAUserWould() throws Exception {
        // given: a fake convert that records its arguments, and paths with a space and a quote in them
        Path record = tmp.resolve("args.txt");
        Path convert = tmp.resolve("bin/convert");
        Files.createDirectories(convert.getParent());
        Files.writeString(convert, "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done > '" + record + "'\n");
        Files.setPosixFilePermissions(convert, PosixFilePermissions.fromString("rwxr-xr-x"));
        PeerTool fake = new PeerTool(Scenario.IMAGEMAGICK, Map.of("convert", convert), "fake");
        Path out = Files.createDirectories(tmp.resolve("it's out"));
        Path script = tmp.resolve("im-P2.sh");
        Files.writeString(script, PeerScripts.script(fake, Pipeline.P2, out));

        // when
        Process sh = new ProcessBuilder("sh", script.toString(), "/photos/my photo.jpg").inheritIO().start();

        // then
        assertThat(sh.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(sh.exitValue()).isZero();
        assertThat(Files.readAllLines(record)).containsExactly("/photos/my photo.jpg", "-resize", "1920x", "-blur",
                "0x2", "-evaluate", "Multiply", "1.2", "-quality", "85", out + "/my photo.jpg");
    }

    @Test
    void xargsRunsTheScriptOncePerInputNAtOnce() {
        assertThat(Commands.peer(4, Path.of("/w/im-P2.sh")))
                .containsExactly("xargs", "-0", "-P", "4", "-n", "1", "sh", "/w/im-P2.sh");
    }

    @Test
    void childJvmsRunTheScenarioOnImgprocsClasspathWithTheUsersJvmOptions() {
        Commands.Jvm jvm = new Commands.Jvm(Path.of("/jdk/bin/java"), "/app/imgproc.jar", List.of("-Xmx2g"));

        List<String> command = Commands.imgproc(jvm, Scenario.COMPUTE_ONLY, Pipeline.P3, 2, Path.of("/w/in.txt"),
                Path.of("/w/out"));

        assertThat(command).containsExactly("/jdk/bin/java", "-Xmx2g", "-Djava.awt.headless=true",
                "--enable-native-access=ALL-UNNAMED", "-cp", "/app/imgproc.jar",
                "dev.imgproc.bench.compare.ScenarioMain", "compute-only", "P3", "2", "/w/in.txt", "/w/out");
    }
}
