package dev.imgproc.cluster.client;

import dev.imgproc.cluster.Periodic;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/**
 * Checks every few seconds that Redis still holds the run: when the meta key is gone or carries another epoch,
 * Redis lost data (a restart without persistence, FLUSHALL), and everything not yet collected must be submitted
 * again; the client's own list of submissions is the only record that survives. Also keeps the run's keys alive
 * and says when no worker serves the queue.
 */
final class RunWatch implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(RunWatch.class);

    /** What to do when the run is gone from Redis. */
    interface Recovery {
        void recover() throws InterruptedException;
    }

    private final RedisClient redis;
    private final Run run;
    private final ClientSettings settings;
    private final Recovery recovery;
    private final Map<String, Submission> inFlight;
    private final Periodic checks;
    private boolean warnedNoWorkers;

    RunWatch(RedisClient redis, Run run, ClientSettings settings, Map<String, Submission> inFlight,
            Recovery recovery) {
        this.redis = redis;
        this.run = run;
        this.settings = settings;
        this.inFlight = inFlight;
        this.recovery = recovery;
        this.checks = new Periodic("imgproc-run-watch", settings.checkEvery(), this::check, log,
                "cannot reach Redis ({}); waiting for it to come back", "Redis reachable again");
    }

    void start() {
        checks.start();
    }

    private void check() throws InterruptedException {
        String epoch = redis.hget(run.meta(), "epoch");
        if (!run.epoch().equals(epoch)) {
            log.warn("Redis lost this run's data (restarted without persistence, or flushed); submitting the {} "
                    + "job(s) not yet collected again", inFlight.size());
            recovery.recover();
            return;
        }
        for (String key : run.runKeys()) {
            redis.pexpire(key, settings.runTtl().toMillis());
        }
        warnIfNoWorkers();
    }

    private void warnIfNoWorkers() {
        if (inFlight.isEmpty()) {
            return;
        }
        boolean served = false;
        List<String> workers = redis.zrange(run.keys.workers(), 0, -1);
        for (String worker : workers) {
            String queues = redis.hget(run.keys.worker(worker), "queues");
            if (queues != null && List.of(queues.split(",")).contains(settings.queue())) {
                served = true;
                break;
            }
        }
        if (!served && !warnedNoWorkers) {
            log.warn("no worker serves queue '{}' yet; start one with: imgproc worker --redis URL --queue {}",
                    settings.queue(), settings.queue());
        }
        warnedNoWorkers = !served;
    }

    @Override
    public void close() {
        checks.close();
    }
}
