package dev.imgproc.cli;

import dev.imgproc.batch.Bytes;
import dev.imgproc.cluster.status.ClusterStatus;
import dev.imgproc.cluster.status.ClusterStatus.QueueStatus;
import dev.imgproc.cluster.status.ClusterStatus.WorkerStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/** {@code imgproc cluster status} as text: one line for Redis, one per queue, a table of workers. */
final class StatusTable {
    private StatusTable() {}

    static void print(ClusterStatus status, PrintWriter out) {
        out.printf(Locale.ROOT, "redis     %s  (Redis %s, maxmemory-policy %s, %s used)%n", status.redis(),
                status.redisVersion(), status.maxmemoryPolicy() == null ? "unknown" : status.maxmemoryPolicy(),
                Bytes.format(status.usedMemory()));
        if (status.queues().isEmpty()) {
            out.println("queues    none yet");
        }
        for (QueueStatus q : status.queues()) {
            out.printf(Locale.ROOT,
                    "queue     %-12s %d waiting, %d in flight, %d dead letters; last minute: %d done, %d failed%n",
                    q.name(), q.waiting(), q.inFlight(), q.deadLetters(), q.donePerMinute(), q.failedPerMinute());
        }
        out.printf(Locale.ROOT, "workers   %d live, %d slots%n", status.workers().size(), status.totalSlots());
        if (status.workers().isEmpty()) {
            return;
        }
        String format = "  %-28s %-14s %7s %-10s %5s %5s %7s %6s %5s %5s %15s %8s %6s%n";
        out.printf(Locale.ROOT, format, "ID", "HOST", "PID", "QUEUES", "SLOTS", "BUSY", "DONE", "FAILED", "TAKEN",
                "CPU", "HEAP", "UP", "BEAT");
        for (WorkerStatus w : status.workers()) {
            out.printf(Locale.ROOT, format, w.id(), w.host(), w.pid(), String.join(",", w.queues()), w.slots(),
                    w.busy(), w.done(), w.failed(), w.reclaimed(), Math.round(w.cpu() * 100) + "%",
                    Bytes.format(w.heapUsed()) + "/" + Bytes.format(w.heapMax()),
                    Summary.duration(Duration.ofMillis(Math.max(0, System.currentTimeMillis() - w.startedMillis()))),
                    String.format(Locale.ROOT, "%.1fs", w.lastBeatMillis() / 1000.0));
        }
    }
}
