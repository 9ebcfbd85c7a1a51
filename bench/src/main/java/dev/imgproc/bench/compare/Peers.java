package dev.imgproc.bench.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Finds the peer tools on the PATH: ImageMagick ({@code magick} of version 7, else a {@code convert} that says it is
 * ImageMagick and not GraphicsMagick) and the libvips command-line tools ({@code vips} and {@code vipsthumbnail}).
 *
 * <p>Scripts that only stand in for a tool (a sandbox's {@code convert} wrapper, which says "Stands in for" in its
 * first lines) are passed over for the real binary further down the PATH: timing a wrapper would time the wrapper.
 */
public final class Peers {
    private static final String STAND_IN_MARK = "Stands in for";

    private final List<Path> searchPath;

    public Peers(List<Path> searchPath) {
        this.searchPath = List.copyOf(searchPath);
    }

    /** The directories of this process's PATH. */
    public static Peers fromEnvironment() {
        String path = System.getenv().getOrDefault("PATH", "");
        List<Path> dirs = new ArrayList<>();
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isBlank()) {
                dirs.add(Path.of(dir));
            }
        }
        return new Peers(dirs);
    }

    /** The peer tools found, ImageMagick first. */
    public List<PeerTool> find() {
        List<PeerTool> tools = new ArrayList<>();
        imageMagick().ifPresent(tools::add);
        libvips().ifPresent(tools::add);
        return tools;
    }

    public Optional<PeerTool> imageMagick() {
        Optional<Path> magick = which("magick", p -> versionLine(p, "-version").contains("ImageMagick"));
        if (magick.isPresent()) {
            // ImageMagick 7: "magick IN ... OUT" is what "convert IN ... OUT" was
            return Optional.of(new PeerTool(Scenario.IMAGEMAGICK, Map.of("convert", magick.get()),
                    versionLine(magick.get(), "-version")));
        }
        return which("convert", p -> {
            String version = versionLine(p, "-version");
            return version.contains("ImageMagick") && !version.contains("GraphicsMagick");
        }).map(p -> new PeerTool(Scenario.IMAGEMAGICK, Map.of("convert", p), versionLine(p, "-version")));
    }

    public Optional<PeerTool> libvips() {
        Optional<Path> vips = which("vips", p -> versionLine(p, "--version").startsWith("vips"));
        Optional<Path> thumbnail = which("vipsthumbnail", p -> true);
        if (vips.isEmpty() || thumbnail.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PeerTool(Scenario.LIBVIPS, Map.of("vips", vips.get(), "vipsthumbnail", thumbnail.get()),
                versionLine(vips.get(), "--version")));
    }

    /** The first executable {@code name} on the search path that is not a stand-in and passes {@code accept}. */
    Optional<Path> which(String name, Predicate<Path> accept) {
        for (Path dir : searchPath) {
            Path candidate = dir.resolve(name);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate) && !isStandIn(candidate)
                    && accept.test(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /** Whether the file's first 2 KB say it only stands in for the tool. */
    static boolean isStandIn(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(2048), StandardCharsets.ISO_8859_1);
            return head.contains(STAND_IN_MARK);
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * The first line the tool prints for its version flag, or "" when it cannot say; ImageMagick's "Version: "
     * prefix and trailing web address are left out.
     */
    static String versionLine(Path tool, String flag) {
        try {
            Process process = new ProcessBuilder(tool.toString(), flag).redirectErrorStream(true).start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readNBytes(4096);
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            String first = new String(output, StandardCharsets.UTF_8).strip().lines().findFirst().orElse("");
            return first.replaceFirst("^Version: ", "").replaceFirst("\\s+https?://\\S+$", "").strip();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
