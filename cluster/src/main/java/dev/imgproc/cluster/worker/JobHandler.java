package dev.imgproc.cluster.worker;

import dev.imgproc.cluster.Backoff;
import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.JobMessage;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.ResultMessage;
import dev.imgproc.cluster.worker.Outcomes.FailMode;
import dev.imgproc.engine.Job;
import dev.imgproc.engine.JobExecutor;
import dev.imgproc.engine.JobResult;
import dev.imgproc.engine.Stage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs one delivery: fetches the input bytes, runs the job through the engine, and reports the outcome. A result
 * whose lease was lost meanwhile is dropped: another worker owns the job now.
 */
final class JobHandler {
    private static final Logger log = LoggerFactory.getLogger(JobHandler.class);

    private final RedisClient redis;
    private final Keys keys;
    private final JobExecutor engine;
    private final Outcomes outcomes;
    private final WorkerCounters counters;

    JobHandler(RedisClient redis, Keys keys, JobExecutor engine, Outcomes outcomes, WorkerCounters counters) {
        this.redis = redis;
        this.keys = keys;
        this.engine = engine;
        this.outcomes = outcomes;
        this.counters = counters;
    }

    void handle(Delivery delivery) throws InterruptedException {
        JobMessage message;
        try {
            message = JobMessage.parse(delivery.fields());
        } catch (IllegalArgumentException e) { // a filter spec error is one too
            report(delivery, () -> outcomes.fail(delivery, FailMode.DEAD, "error", Stage.READ.label(),
                    "this worker cannot read the job: " + e.getMessage()));
            return;
        }
        byte[] input = input(delivery, message);
        if (input == null) {
            return;
        }
        log.debug("running {} ({}, delivery {})", delivery.name(), delivery.entryId(), delivery.deliveries());
        JobResult result = engine.submit(new Job(message.job(), input, message.recipe())).join();
        if (delivery.lost()) {
            dropped(delivery);
            return;
        }
        record(delivery, message, result);
    }

    /** The job's input bytes; null when there is nothing to run (run gone, input gone, lease lost), all reported. */
    private byte[] input(Delivery delivery, JobMessage message) throws InterruptedException {
        Boolean runAlive = retrying(delivery, () -> redis.exists(keys.meta(message.run())));
        if (runAlive != null && !runAlive) {
            report(delivery, () -> outcomes.fail(delivery, FailMode.DROP, "", "", ""));
            return null;
        }
        byte[] input = runAlive == null ? null
                : retrying(delivery, () -> redis.get(Bytes.of(keys.input(message.run(), message.job()))));
        if (delivery.lost()) {
            dropped(delivery);
            return null;
        }
        if (input == null) {
            report(delivery, () -> outcomes.fail(delivery, FailMode.DEAD, "payload-missing", Stage.READ.label(),
                    "its input expired or vanished from Redis before a worker got to it"));
        }
        return input;
    }

    private void record(Delivery delivery, JobMessage message, JobResult result) throws InterruptedException {
        String outcome = switch (result) {
            case JobResult.Done done -> report(delivery, () -> outcomes.complete(delivery, done.output(),
                    new ResultMessage.Done(message.job(), outcomes.workerId(), done.format(), done.inputSize(),
                            done.outputSize(), done.timings())));
            case JobResult.Failed failed -> report(delivery, () -> outcomes.fail(delivery,
                    failed.internal() ? FailMode.RETRY : FailMode.DEAD, "error", failed.stage().label(),
                    failed.reason()));
        };
        switch (outcome) {
            case "ok" -> counters.done.incrementAndGet();
            case "lost" -> dropped(delivery);
            case "dead", "retried" -> {
                counters.failed.incrementAndGet();
                log.info("{} failed ({}): {}", delivery.name(), outcome, ((JobResult.Failed) result).reason());
            }
            default -> log.info("result of {} not recorded ({})", delivery.name(), outcome);
        }
    }

    private static void dropped(Delivery delivery) {
        log.info("dropped the result of {}: its lease was lost, another worker runs it", delivery.name());
    }

    /** Retries a Redis call until it works or the delivery is lost; returns null when lost. */
    private <T> T retrying(Delivery delivery, Supplier<T> call) throws InterruptedException {
        Backoff backoff = Backoff.standard();
        while (true) {
            try {
                return call.get();
            } catch (JedisException e) {
                if (Redis.isNoGroup(e)) {
                    delivery.forceLost();
                }
                if (delivery.lost()) {
                    return null;
                }
                if (backoff.firstFailure()) {
                    log.warn("cannot reach Redis for {}; retrying: {}", delivery.name(), e.getMessage());
                }
                backoff.pause();
            }
        }
    }

    private String report(Delivery delivery, Supplier<String> call) throws InterruptedException {
        if (!delivery.startReporting()) {
            return "lost";
        }
        String outcome = retrying(delivery, call);
        return outcome == null ? "lost" : outcome;
    }
}
