package dev.imgproc.cluster.worker;

import com.sun.management.OperatingSystemMXBean;
import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Periodic;
import dev.imgproc.cluster.Scripts;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Announces the worker in the registry every heartbeat (id, host, pid, slots, jobs, CPU, heap), touches the health
 * file when Redis took the beat, and now and then removes the group's consumers of workers that are gone. A missed
 * heartbeat never takes jobs away (a worker may be alive behind a broken network): leases do that.
 */
final class Heartbeat implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    private static final int BEATS_PER_CLEANUP = 6;

    private final RedisClient redis;
    private final Keys keys;
    private final WorkerSettings settings;
    private final String workerId;
    private final String version;
    private final WorkerCounters counters;
    private final IntSupplier busy;
    private final long started = System.currentTimeMillis();
    private final Periodic beats;
    /** Beats on the periodic thread, counted to clean up after every {@link #BEATS_PER_CLEANUP}-th. */
    private long periodicBeats;

    Heartbeat(RedisClient redis, Keys keys, WorkerSettings settings, String workerId, String version,
            WorkerCounters counters, IntSupplier busy) {
        this.redis = redis;
        this.keys = keys;
        this.settings = settings;
        this.workerId = workerId;
        this.version = version;
        this.counters = counters;
        this.busy = busy;
        this.beats = new Periodic("imgproc-heartbeat", settings.heartbeat(), this::periodicBeat, log,
                "heartbeat failed: {}", "heartbeat reaches Redis again");
    }

    /** Beats once (so the worker is listed before it takes a job), then keeps beating on its own thread. */
    void start() {
        beat();
        beats.start();
    }

    private void periodicBeat() {
        long n = ++periodicBeats;
        beat();
        if (n % BEATS_PER_CLEANUP == 0) {
            forgetGoneConsumers();
        }
    }

    void beat() {
        List<byte[]> args = new ArrayList<>(
                Bytes.all(workerId, Long.toString(settings.registryTtl().toMillis())));
        Bytes.addFields(args, fields());
        Scripts.HEARTBEAT.run(redis, Bytes.all(keys.workers(), keys.worker(workerId)), args);
        touchHealthFile();
    }

    private Map<String, String> fields() {
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", workerId);
        fields.put("host", WorkerId.host());
        fields.put("pid", Long.toString(ProcessHandle.current().pid()));
        fields.put("queues", String.join(",", settings.queues()));
        fields.put("slots", Integer.toString(settings.slots()));
        fields.put("busy", Integer.toString(busy.getAsInt()));
        fields.put("done", Long.toString(counters.done.get()));
        fields.put("failed", Long.toString(counters.failed.get()));
        fields.put("reclaimed", Long.toString(counters.reclaimed.get()));
        fields.put("leases_lost", Long.toString(counters.leasesLost.get()));
        fields.put("version", version);
        fields.put("started", Long.toString(started));
        fields.put("cpu", String.format(Locale.ROOT, "%.3f", processCpuLoad()));
        fields.put("heap_used", Long.toString(heap.getUsed()));
        fields.put("heap_max", Long.toString(heap.getMax()));
        return fields;
    }

    private static double processCpuLoad() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os) {
            return Math.max(0, os.getProcessCpuLoad());
        }
        return 0;
    }

    private void forgetGoneConsumers() {
        for (String queue : settings.queues()) {
            Object forgotten = Scripts.FORGET_CONSUMERS.run(redis, Bytes.all(keys.jobs(queue)), Bytes.all(keys.prefix()));
            if (forgotten instanceof Long n && n > 0) {
                log.info("removed {} idle consumer(s) of stopped workers from queue {}", n, queue);
            }
        }
    }

    private void touchHealthFile() {
        Path file = settings.healthFile();
        if (file == null) {
            return;
        }
        try {
            if (Files.exists(file)) {
                Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
            } else {
                Files.writeString(file, workerId + "\n");
            }
        } catch (IOException e) {
            log.warn("cannot touch health file {}: {}", file, e.getMessage());
        }
    }

    /** Leaves the registry at once, rather than after the entry expires. */
    void deregister() {
        try {
            redis.del(keys.worker(workerId));
            redis.zrem(keys.workers(), workerId);
        } catch (JedisException e) {
            log.warn("could not leave the registry ({}); the entry expires by itself", e.getMessage());
        }
        if (settings.healthFile() != null) {
            try {
                Files.deleteIfExists(settings.healthFile());
            } catch (IOException ignored) {
                // a stale health file only matters to a container that is being stopped anyway
            }
        }
    }

    /** Stops beating without waiting for a beat in flight (see {@link Periodic#stop}). */
    void stop() {
        beats.stop();
    }

    @Override
    public void close() {
        beats.close();
    }
}
