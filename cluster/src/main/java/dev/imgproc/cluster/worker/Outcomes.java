package dev.imgproc.cluster.worker;

import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.ResultMessage;
import dev.imgproc.cluster.Scripts;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.RedisClient;

/** Reports what became of a delivery, each report one atomic script (see {@code lua/complete.lua}, {@code fail.lua}). */
final class Outcomes {
    /** Outputs wait this long for their client; it deletes them as it collects them. */
    static final int OUTPUT_TTL_SECONDS = 3600;

    enum FailMode {
        /** a permanent error (bad input): dead-letter now */
        DEAD,
        /** a transient error: run it again, unless it has used up its attempts */
        RETRY,
        /** the worker is stopping: let another worker run it */
        HANDBACK,
        /** its run is gone: nobody wants the result */
        DROP
    }

    private final RedisClient redis;
    private final Keys keys;
    private final String workerId;
    private final int maxAttempts;

    Outcomes(RedisClient redis, Keys keys, String workerId, int maxAttempts) {
        this.redis = redis;
        this.keys = keys;
        this.workerId = workerId;
        this.maxAttempts = maxAttempts;
    }

    String workerId() {
        return workerId;
    }

    /** Returns {@code ok}, {@code duplicate}, {@code lost} or {@code orphan}. */
    String complete(Delivery delivery, byte[] output, ResultMessage.Done result) {
        List<byte[]> args = new ArrayList<>(Bytes.all(keys.prefix(), delivery.entryId(), workerId));
        args.add(output);
        args.add(Bytes.of(Integer.toString(OUTPUT_TTL_SECONDS)));
        Bytes.addFields(args, result.fields());
        return Bytes.text(Scripts.COMPLETE.run(redis, Bytes.all(keys.jobs(delivery.queue())), args));
    }

    /** Returns {@code dead}, {@code retried}, {@code handed-back}, {@code dropped} or {@code lost}. */
    String fail(Delivery delivery, FailMode mode, String reason, String stage, String error) {
        return Bytes.text(Scripts.FAIL.run(redis,
                Bytes.all(keys.jobs(delivery.queue()), keys.dead(delivery.queue())),
                Bytes.all(keys.prefix(), delivery.entryId(), workerId, mode.name().toLowerCase(java.util.Locale.ROOT),
                        Integer.toString(maxAttempts), reason, stage, error)));
    }
}
