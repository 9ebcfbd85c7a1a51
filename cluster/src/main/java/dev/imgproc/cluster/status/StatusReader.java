package dev.imgproc.cluster.status;

import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.RedisEndpoint;
import dev.imgproc.cluster.ServerInfo;
import dev.imgproc.cluster.status.ClusterStatus.QueueStatus;
import dev.imgproc.cluster.status.ClusterStatus.WorkerStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.StreamPendingSummary;
import redis.clients.jedis.resps.Tuple;

/** Reads a {@link ClusterStatus} from Redis; changes nothing. */
public final class StatusReader {
    private static final int RATE_BUCKETS = 6; // 10-second buckets: one minute

    private final RedisClient redis;
    private final Keys keys;

    public StatusReader(RedisClient redis, Keys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    public ClusterStatus read(RedisEndpoint endpoint) {
        ServerInfo server = ServerInfo.read(redis);
        long now = redisNow();
        List<WorkerStatus> workers = workers(now);
        TreeSet<String> queueNames = new TreeSet<>(queuesInRedis());
        workers.forEach(w -> queueNames.addAll(w.queues()));
        List<QueueStatus> queues = new ArrayList<>();
        for (String queue : queueNames) {
            queues.add(queue(queue, now));
        }
        return new ClusterStatus(endpoint.display(), server.version(), server.maxmemoryPolicy(), usedMemory(), queues,
                workers);
    }

    private long redisNow() {
        List<?> time = (List<?>) redis.sendCommand(Protocol.Command.TIME);
        return Long.parseLong(Bytes.text(time.get(0))) * 1000 + Long.parseLong(Bytes.text(time.get(1))) / 1000;
    }

    private List<WorkerStatus> workers(long now) {
        List<WorkerStatus> workers = new ArrayList<>();
        for (Tuple entry : redis.zrangeWithScores(keys.workers(), 0, -1)) {
            Map<String, String> f = redis.hgetAll(keys.worker(entry.getElement()));
            if (f.isEmpty()) {
                continue; // its entry expired: the worker is gone
            }
            workers.add(new WorkerStatus(entry.getElement(), f.getOrDefault("host", "?"), number(f, "pid"),
                    List.of(f.getOrDefault("queues", "").split(",")), (int) number(f, "slots"), (int) number(f, "busy"),
                    number(f, "done"), number(f, "failed"), number(f, "reclaimed"), number(f, "leases_lost"),
                    f.getOrDefault("version", "?"), number(f, "started"), now - (long) entry.getScore(),
                    Double.parseDouble(f.getOrDefault("cpu", "0")), number(f, "heap_used"), number(f, "heap_max")));
        }
        return workers;
    }

    private QueueStatus queue(String queue, long now) {
        String stream = keys.jobs(queue);
        long length = redis.exists(stream) ? redis.xlen(stream) : 0;
        long pending = 0;
        if (length > 0) {
            try {
                StreamPendingSummary summary = redis.xpending(stream, Keys.GROUP);
                pending = summary.getTotal();
            } catch (JedisDataException noGroup) {
                pending = 0; // no group yet: nothing was taken
            }
        }
        long dead = redis.exists(keys.dead(queue)) ? redis.xlen(keys.dead(queue)) : 0;
        long done = 0;
        long failed = 0;
        long bucket = now / 10_000;
        for (long b = bucket - RATE_BUCKETS + 1; b <= bucket; b++) {
            Map<String, String> counts = redis.hgetAll(keys.stats(queue, b));
            done += Long.parseLong(counts.getOrDefault("done", "0"));
            failed += Long.parseLong(counts.getOrDefault("failed", "0"));
        }
        // finished entries are deleted, so the stream holds exactly the waiting and the in-flight ones
        return new QueueStatus(queue, Math.max(0, length - pending), pending, dead, done, failed);
    }

    private List<String> queuesInRedis() {
        List<String> queues = new ArrayList<>();
        String prefix = keys.prefix() + "q:";
        ScanParams params = new ScanParams().match(prefix + "*:jobs").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, params);
            for (String key : page.getResult()) {
                queues.add(key.substring(prefix.length(), key.length() - ":jobs".length()));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        return queues;
    }

    private long usedMemory() {
        for (String line : redis.info("memory").split("\r?\n")) {
            if (line.startsWith("used_memory:")) {
                return Long.parseLong(line.substring("used_memory:".length()).strip());
            }
        }
        return 0;
    }

    private static long number(Map<String, String> fields, String name) {
        try {
            return Long.parseLong(fields.getOrDefault(name, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
