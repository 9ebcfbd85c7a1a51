package dev.imgproc.cli;

import dev.imgproc.codec.Codecs;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/** {@code imgproc --version}: the version, the Java runtime, the cores, and which codec handles each format. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Imgproc.class.getPackage().getImplementationVersion();
        List<String> lines = new ArrayList<>();
        lines.add("imgproc " + (version == null ? "(development build)" : version));
        lines.add("Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + "), "
                + Runtime.getRuntime().availableProcessors() + " cores, max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
        lines.add("codecs:");
        Codecs.standard().describe().forEach(line -> lines.add("  " + line));
        return lines.toArray(String[]::new);
    }
}
