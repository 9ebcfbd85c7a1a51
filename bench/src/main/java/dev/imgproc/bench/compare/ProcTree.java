package dev.imgproc.bench.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resident memory of processes, from Linux's {@code /proc}. Elsewhere every figure is unknown ({@code -1}) and the
 * report says so.
 */
final class ProcTree {
    private static final Path PROC = Path.of("/proc");

    private ProcTree() {}

    static boolean available() {
        return Files.isReadable(PROC.resolve("self/status"));
    }

    /** This process's peak resident set (VmHWM) in KiB, or -1. */
    static long selfPeakRssKb() {
        return statusField(PROC.resolve("self/status"), "VmHWM:");
    }

    /**
     * The resident set of a process and all its descendants, summed, in KiB; -1 when unknown. Shared pages (libraries)
     * count once per process, as {@code ps} and {@code top} count them.
     */
    static long treeRssKb(long pid) {
        long total = -1;
        for (long p : tree(pid)) {
            long rss = statusField(PROC.resolve(p + "/status"), "VmRSS:");
            if (rss >= 0) {
                total = Math.max(total, 0) + rss;
            }
        }
        return total;
    }

    /**
     * The process and its descendants, found through the {@code children} file of each process's main thread, which
     * reads only the tree itself: walking every process on the machine (as {@code ProcessHandle.descendants()} does)
     * 40 times a second would cost a share of a small machine's CPU. The commands measured here start their children
     * from their main thread ({@code xargs}, {@code sh}); a JVM's children started from other threads would be
     * missed, which is why the JVM also reports its own peak.
     */
    static List<Long> tree(long pid) {
        if (!Files.exists(childrenFile(pid))) {
            // a kernel without CONFIG_PROC_CHILDREN: the slow walk, still right
            List<Long> all = new ArrayList<>(List.of(pid));
            ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> all.add(d.pid())));
            return all;
        }
        List<Long> found = new ArrayList<>();
        List<Long> pending = new ArrayList<>(List.of(pid));
        while (!pending.isEmpty() && found.size() < 10_000) {
            long p = pending.removeLast();
            found.add(p);
            pending.addAll(children(p));
        }
        return found;
    }

    private static Path childrenFile(long pid) {
        return PROC.resolve(pid + "/task/" + pid + "/children");
    }

    private static List<Long> children(long pid) {
        List<Long> children = new ArrayList<>();
        try {
            for (String id : Files.readString(childrenFile(pid)).trim().split("\\s+")) {
                if (!id.isEmpty()) {
                    children.add(Long.parseLong(id));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process ended meanwhile: what was found stands
        }
        return children;
    }

    /** A {@code kB} field of a {@code /proc/PID/status} file, or -1. */
    static long statusField(Path status, String field) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
