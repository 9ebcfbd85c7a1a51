package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.testing.ClusterFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.params.XPendingParams;
import redis.clients.jedis.resps.StreamPendingEntry;

/** The pass criteria every cluster scenario shares, and inputs to run them on. */
final class ClusterChecks {
    private ClusterChecks() {}

    /** {@code count} small distinct JPEGs named {@code img-NN.jpg}. */
    static Path photos(Path dir, int count, int width, int height) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < count; i++) {
            Files.write(dir.resolve(String.format("img-%02d.jpg", i)), ClusterFixtures.jpeg(width, height, i));
        }
        return dir;
    }

    /** What local mode writes for the same command: the reference for byte-identical cluster outputs. */
    static Path localReference(Path in, Path out, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("process", in.toString(), "-o", out.toString(), "-q"));
        args.addAll(List.of(options));
        Cli result = Cli.run(args.toArray(String[]::new));
        assertThat(result.exitCode()).as(result.err()).isIn(ExitCode.OK, ExitCode.SOME_FAILED);
        return out;
    }

    /**
     * Exactly one output per input, each byte-identical to local mode, no temporary files (the listings would
     * differ), and nothing left in the queue: no entry waiting, none pending.
     */
    static void assertSameOutputsAndDrainedQueue(Path clusterOut, Path localOut, RedisClient redis, String queue)
            throws IOException {
        List<String> files = OutputImages.filesUnder(clusterOut);
        assertThat(files).isEqualTo(OutputImages.filesUnder(localOut));
        for (String file : files) {
            assertThat(Files.readAllBytes(clusterOut.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(localOut.resolve(file)));
        }
        assertThat(ClusterFixtures.pending(redis, queue)).as("XPENDING count").isZero();
        assertThat(ClusterFixtures.queued(redis, queue)).as("entries left in the work stream").isZero();
    }

    /** The entries a worker (found by its pid in the consumer name) holds right now. */
    static List<StreamPendingEntry> heldBy(RedisClient redis, String queue, long pid) {
        String stream = Keys.DEFAULT.jobs(queue);
        if (!redis.exists(stream)) {
            return List.of();
        }
        return redis.xpending(stream, Keys.GROUP, XPendingParams.xPendingParams().count(1000)).stream()
                .filter(e -> e.getConsumerName().contains("-" + pid + "-"))
                .toList();
    }
}
