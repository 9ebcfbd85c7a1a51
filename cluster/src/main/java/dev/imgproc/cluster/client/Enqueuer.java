package dev.imgproc.cluster.client;

import dev.imgproc.cluster.Backoff;
import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.Scripts;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;

/**
 * Puts a job in Redis: its input bytes under their own key (with a TTL), then the small stream entry pointing at
 * them, added at most once per epoch. Retries until it works: Redis being away or full (OOM under noeviction) is a
 * reason to wait, never to fail a job.
 */
final class Enqueuer {
    private static final Logger log = LoggerFactory.getLogger(Enqueuer.class);

    private final RedisClient redis;
    private final Run run;
    private final ClientSettings settings;

    Enqueuer(RedisClient redis, Run run, ClientSettings settings) {
        this.redis = redis;
        this.run = run;
        this.settings = settings;
    }

    void enqueue(Submission submission) throws InterruptedException {
        Backoff backoff = Backoff.standard();
        while (true) {
            String epoch = run.epoch();
            try {
                redis.set(Bytes.of(run.keys.input(run.id, submission.id())), submission.job().input(),
                        SetParams.setParams().ex(settings.inputTtl().toSeconds()));
                List<byte[]> args = new ArrayList<>(Bytes.all(submission.id(), epoch));
                Bytes.addFields(args, submission.message().fields());
                Scripts.ENQUEUE.run(redis, Bytes.all(run.keys.jobs(settings.queue()), run.keys.enqueued(run.id)),
                        args);
                return;
            } catch (JedisException e) {
                if (backoff.firstFailure()) {
                    log.warn(Redis.isOutOfMemory(e)
                            ? "Redis is full (maxmemory); waiting for workers to free memory before submitting more"
                            : "cannot submit to Redis yet ({}); retrying", e.getMessage());
                }
                backoff.pause();
            }
        }
    }
}
