package dev.imgproc.cluster.testing;

import dev.imgproc.cluster.Keys;
import dev.imgproc.codec.CodecException;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.EncodeOptions;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.testing.TestImages;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.resps.StreamPendingSummary;

/** Small real images and checks on what a queue holds, for cluster tests. */
public final class ClusterFixtures {
    private ClusterFixtures() {}

    public static byte[] jpeg(int width, int height, long seed) {
        try {
            return Codecs.standard().encode(TestImages.noise(width, height, seed), ImageFormat.JPEG,
                    EncodeOptions.DEFAULT, null);
        } catch (CodecException e) {
            throw new AssertionError(e);
        }
    }

    /** Entries still in the queue's stream (waiting or in flight). */
    public static long queued(RedisClient redis, String queue) {
        String stream = Keys.DEFAULT.jobs(queue);
        return redis.exists(stream) ? redis.xlen(stream) : 0;
    }

    /** The group's pending-entries count: jobs taken and not acknowledged. */
    public static long pending(RedisClient redis, String queue) {
        String stream = Keys.DEFAULT.jobs(queue);
        if (!redis.exists(stream)) {
            return 0;
        }
        StreamPendingSummary summary = redis.xpending(stream, Keys.GROUP);
        return summary.getTotal();
    }

    public static List<String> deadLetterNames(RedisClient redis, String queue) {
        String stream = Keys.DEFAULT.dead(queue);
        if (!redis.exists(stream)) {
            return List.of();
        }
        return redis.xrange(stream, "-", "+").stream().map(e -> e.getFields().get("name")).toList();
    }
}
