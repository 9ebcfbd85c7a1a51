package dev.imgproc.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.client.ClientSettings;
import dev.imgproc.cluster.client.ClusterClient;
import dev.imgproc.cluster.testing.ClusterFixtures;
import dev.imgproc.cluster.testing.InProcessWorker;
import dev.imgproc.cluster.testing.RedisServer;
import dev.imgproc.codec.Codecs;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.Engine;
import dev.imgproc.engine.EngineConfig;
import dev.imgproc.engine.Job;
import dev.imgproc.engine.JobResult;
import dev.imgproc.engine.Recipe;
import dev.imgproc.engine.Stage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A client and an in-process worker over a real redis-server: results, failures and what Redis holds after. */
class ClusterRoundTripTest {
    @AutoClose
    static RedisServer redis;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @Test
    void outputsAreTheBytesTheLocalEngineWrites() throws Exception {
        // given
        Recipe recipe = Recipe.of("resize=64,blur=1").withFormat(ImageFormat.PNG);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            inputs.add(ClusterFixtures.jpeg(120 + i, 90, i));
        }

        // when
        List<JobResult> remote = new ArrayList<>();
        try (InProcessWorker worker = InProcessWorker.start(redis.url(), "roundtrip", 2);
                ClusterClient client = ClusterClient.open(RedisEndpoint.parse(redis.url()),
                        ClientSettings.of("roundtrip", 4))) {
            List<CompletableFuture<JobResult>> futures = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                futures.add(client.submit(new Job("img-" + i, inputs.get(i), recipe)));
            }
            for (CompletableFuture<JobResult> future : futures) {
                remote.add(future.get(60, TimeUnit.SECONDS));
            }
        }

        // then
        try (Engine local = new Engine(Codecs.standard(), EngineConfig.forThreads(1))) {
            for (int i = 0; i < inputs.size(); i++) {
                JobResult.Done expected = (JobResult.Done) local.run(new Job("img-" + i, inputs.get(i), recipe));
                assertThat(remote.get(i)).isInstanceOfSatisfying(JobResult.Done.class, done -> {
                    assertThat(done.id()).isEqualTo(expected.id());
                    assertThat(done.output()).isEqualTo(expected.output());
                    assertThat(done.outputSize()).isEqualTo(expected.outputSize());
                    assertThat(done.format()).isEqualTo(ImageFormat.PNG);
                });
            }
        }
        assertThat(ClusterFixtures.queued(redis.client(), "roundtrip")).isZero();
        assertThat(ClusterFixtures.pending(redis.client(), "roundtrip")).isZero();
        assertThat(redis.client().keys("imgproc:run:*")).as("run keys and payloads are cleaned up").isEmpty();
    }

    @Test
    void anUndecodableImageIsDeadLetteredAtOnceWithTheEnginesReason() throws Exception {
        byte[] notAnImage = "holiday notes, not a photo".getBytes(StandardCharsets.UTF_8);

        JobResult result;
        try (InProcessWorker worker = InProcessWorker.start(redis.url(), "bad-input");
                ClusterClient client = ClusterClient.open(RedisEndpoint.parse(redis.url()),
                        ClientSettings.of("bad-input", 4))) {
            result = client.submit(new Job("notes.jpg", notAnImage, Recipe.of("blur=1"))).get(60, TimeUnit.SECONDS);
        }

        assertThat(result).isInstanceOfSatisfying(JobResult.Failed.class, failed -> {
            assertThat(failed.stage()).isEqualTo(Stage.DECODE);
            assertThat(failed.reason()).startsWith("not an image");
            assertThat(failed.internal()).isFalse();
        });
        assertThat(ClusterFixtures.deadLetterNames(redis.client(), "bad-input")).containsExactly("notes.jpg");
        var dead = redis.client().xrange(Keys.DEFAULT.dead("bad-input"), "-", "+").getFirst().getFields();
        assertThat(dead).containsEntry("reason", "error").containsEntry("deliveries", "1");
        assertThat(ClusterFixtures.pending(redis.client(), "bad-input")).isZero();
    }

    @Test
    void aNamedQueuesJobsGoOnlyToWorkersServingIt() throws Exception {
        byte[] photo = ClusterFixtures.jpeg(80, 60, 5);
        try (InProcessWorker light = InProcessWorker.start(redis.url(), List.of("light"));
                InProcessWorker both = InProcessWorker.start(redis.url(), List.of("light", "heavy"));
                ClusterClient client = ClusterClient.open(RedisEndpoint.parse(redis.url()),
                        ClientSettings.of("heavy", 4))) {
            List<CompletableFuture<JobResult>> futures = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                futures.add(client.submit(new Job("h" + i, photo, Recipe.of("median=2"))));
            }
            for (CompletableFuture<JobResult> future : futures) {
                assertThat(future.get(60, TimeUnit.SECONDS)).isInstanceOf(JobResult.Done.class);
            }
            // a worker counts a job just after recording it, so the client may see the result a moment earlier
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            String done;
            do {
                both.heartbeatNow();
                done = redis.client().hget(Keys.DEFAULT.worker(both.worker().id()), "done");
            } while (!"4".equals(done) && System.nanoTime() < deadline);
            light.heartbeatNow();

            assertThat(done).isEqualTo("4");
            assertThat(redis.client().hget(Keys.DEFAULT.worker(light.worker().id()), "done")).isEqualTo("0");
        }
    }

    @Test
    void aWorkerRecreatesTheGroupAfterRedisIsFlushed() throws Exception {
        Recipe recipe = Recipe.of("grayscale");
        try (InProcessWorker worker = InProcessWorker.start(redis.url(), "flushed")) {
            redis.flushAll(); // the worker is blocked in XREADGROUP: it gets NOGROUP

            try (ClusterClient client = ClusterClient.open(RedisEndpoint.parse(redis.url()),
                    ClientSettings.of("flushed", 2))) {
                JobResult result = client.submit(new Job("a", ClusterFixtures.jpeg(40, 30, 1), recipe))
                        .get(60, TimeUnit.SECONDS);
                assertThat(result).isInstanceOf(JobResult.Done.class);
            }
        }
    }
}
