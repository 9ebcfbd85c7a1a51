package dev.imgproc.bench.compare;

import java.nio.file.Path;
import java.util.Map;

/**
 * A peer tool found on this machine: which scenario it runs, the binaries its scripts call (by the name the scripts
 * use: {@code convert}, {@code vips}, {@code vipsthumbnail}), and its version line for the report.
 */
public record PeerTool(Scenario scenario, Map<String, Path> binaries, String version) {
    public PeerTool {
        if (!scenario.isPeer()) {
            throw new IllegalArgumentException(scenario.id() + " is not a peer tool");
        }
        binaries = Map.copyOf(binaries);
    }

    public Path binary(String name) {
        Path path = binaries.get(name);
        if (path == null) {
            throw new IllegalStateException(scenario.id() + " has no " + name);
        }
        return path;
    }
}
