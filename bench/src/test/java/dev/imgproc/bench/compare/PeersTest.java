package dev.imgproc.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Finding peer tools on a PATH of fake executables (shell scripts that print what the real tools print). */
@DisabledOnOs(OS.WINDOWS)
class PeersTest {
    @TempDir
    Path tmp;

    @Test
    void aStandInEarlierOnThePathIsPassedOverForTheRealTool() throws IOException {
        // given: a sandbox wrapper first, ImageMagick 6 second
        Path wrapper = tool("wrapper/convert", "# Stands in for ImageMagick's convert\necho 'Version: ImageMagick 6'");
        Path real = tool("real/convert",
                "echo 'Version: ImageMagick 6.9.11-60 Q16 x86_64 2021-01-25 https://imagemagick.org'");

        // when
        PeerTool found = new Peers(List.of(wrapper.getParent(), real.getParent())).imageMagick().orElseThrow();

        // then
        assertThat(found.binary("convert")).isEqualTo(real);
        assertThat(found.version()).isEqualTo("ImageMagick 6.9.11-60 Q16 x86_64 2021-01-25");
    }

    @Test
    void graphicsMagicksConvertIsNotImageMagick() throws IOException {
        Path gm = tool("gm/convert", "echo 'GraphicsMagick 1.4 (ImageMagick compatible)'");

        assertThat(new Peers(List.of(gm.getParent())).imageMagick()).isEmpty();
    }

    @Test
    void imageMagick7sMagickIsPreferred() throws IOException {
        Path magick = tool("im7/magick", "echo 'Version: ImageMagick 7.1.1-43 Q16-HDRI'");
        tool("im7/convert", "echo 'Version: ImageMagick 7.1.1-43 Q16-HDRI'");

        PeerTool found = new Peers(List.of(magick.getParent())).imageMagick().orElseThrow();

        assertThat(found.binary("convert")).isEqualTo(magick);
    }

    @Test
    void libvipsNeedsBothVipsAndVipsthumbnail() throws IOException {
        Path vips = tool("a/vips", "echo 'vips-8.14.1'");
        Path thumbnail = tool("b/vipsthumbnail", "exit 0");

        assertThat(new Peers(List.of(vips.getParent())).libvips()).isEmpty();
        PeerTool found = new Peers(List.of(vips.getParent(), thumbnail.getParent())).libvips().orElseThrow();
        assertThat(found.binaries()).containsEntry("vips", vips).containsEntry("vipsthumbnail", thumbnail);
        assertThat(found.version()).isEqualTo("vips-8.14.1");
    }

    @Test
    void nothingOnThePathIsNothingFound() {
        assertThat(new Peers(List.of(tmp.resolve("empty"))).find()).isEmpty();
    }

    @Test
    void nonExecutableFilesAreNotTools() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("plain"));
        Files.writeString(dir.resolve("convert"), "#!/bin/sh\necho 'Version: ImageMagick 6'\n");

        assertThat(new Peers(List.of(dir)).imageMagick()).isEmpty();
    }

    private Path tool(String relative, String body) throws IOException {
        Path file = tmp.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
