package dev.imgproc.cluster.client;

import dev.imgproc.cluster.Backoff;
import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.ResultMessage;
import dev.imgproc.engine.JobResult;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Reads the run's results stream (XREAD: the client is its only reader; Pub/Sub would lose results sent while it
 * was not listening), fetches each output and hands it on, then deletes what it collected so that results never
 * pile up in Redis.
 */
final class ResultCollector implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ResultCollector.class);
    private static final int BLOCK_MS = 1000;

    private final RedisClient redis;
    private final Run run;
    private final Map<String, Submission> inFlight;
    private final Consumer<Submission> resubmit;
    private final Thread thread;
    private volatile StreamEntryID cursor = new StreamEntryID(0, 0);
    private volatile boolean running = true;

    ResultCollector(RedisClient redis, Run run, Map<String, Submission> inFlight, Consumer<Submission> resubmit) {
        this.redis = redis;
        this.run = run;
        this.inFlight = inFlight;
        this.resubmit = resubmit;
        this.thread = Thread.ofPlatform().name("imgproc-results").daemon().unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    /** Reads the stream from its start again: after data loss it is a new stream whose ids may be lower. */
    void rewind() {
        cursor = new StreamEntryID(0, 0);
    }

    private void loop() {
        Backoff backoff = Backoff.standard();
        while (running) {
            try {
                collectOnce();
                backoff.reset();
            } catch (JedisException e) {
                if (!running) {
                    return;
                }
                if (backoff.firstFailure()) {
                    log.warn("cannot read results from Redis ({}); retrying", e.getMessage());
                }
                try {
                    backoff.pause();
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    private void collectOnce() {
        String stream = run.keys.results(run.id);
        List<Map.Entry<String, List<StreamEntry>>> reply = redis.xread(
                XReadParams.xReadParams().count(64).block(BLOCK_MS), Map.of(stream, cursor));
        if (reply == null) {
            return;
        }
        for (Map.Entry<String, List<StreamEntry>> entries : reply) {
            for (StreamEntry entry : entries.getValue()) {
                collect(entry);
                redis.xdel(stream, entry.getID());
                cursor = entry.getID();
            }
        }
    }

    private void collect(StreamEntry entry) {
        ResultMessage result;
        try {
            result = ResultMessage.parse(entry.getFields());
        } catch (IllegalArgumentException e) {
            log.warn("ignoring a result this client cannot read: {}", e.getMessage());
            return;
        }
        Submission submission = inFlight.get(result.job());
        if (submission == null) {
            return; // a duplicate: the first result was collected already
        }
        switch (result) {
            case ResultMessage.Done done -> {
                byte[] outputKey = Bytes.of(run.keys.output(run.id, done.job()));
                byte[] output = redis.get(outputKey);
                if (output == null) {
                    log.warn("the output of {} vanished from Redis; submitting it again", submission.job().id());
                    resubmit.accept(submission);
                    return;
                }
                redis.del(outputKey);
                finish(submission, done.toResult(submission.job().id(), output));
            }
            case ResultMessage.Dead dead -> finish(submission, dead.toResult(submission.job().id()));
        }
    }

    private void finish(Submission submission, JobResult result) {
        if (inFlight.remove(submission.id(), submission)) {
            submission.result().complete(result);
        }
    }

    /** Stops collecting; a read still blocked in Redis ends within a second, and its thread is a daemon. */
    @Override
    public void close() {
        running = false;
    }
}
