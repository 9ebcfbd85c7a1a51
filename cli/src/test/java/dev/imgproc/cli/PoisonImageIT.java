package dev.imgproc.cli;

import static dev.imgproc.cli.ClusterChecks.assertSameOutputsAndDrainedQueue;
import static dev.imgproc.cli.ClusterChecks.localReference;
import static dev.imgproc.cli.ClusterChecks.photos;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.testing.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Images that must not be retried forever: one whose decode kills every worker that tries it (a real crash loop: a
 * small heap with -XX:+ExitOnOutOfMemoryError, and workers restarted like a container's restart policy), and one
 * that cannot be decoded at all. Both end in the dead-letter stream; the rest of the batch is written.
 */
class PoisonImageIT {
    @TempDir
    Path tmp;

    @Test
    void aCrashLoopAndAnUndecodableFileAreDeadLetteredAndTheRestIsWritten() throws Exception {
        // given: good photos, a PNG that passes the pixel limit but needs far more heap than the workers have, text
        Path good = photos(tmp.resolve("good"), 6, 320, 240);
        Path local = localReference(good, tmp.resolve("local"), "--filters", "resize=100");
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (String file : OutputImages.filesUnder(good)) {
            Files.copy(good.resolve(file), in.resolve(file));
        }
        HostileFiles.blankPng(in, "bomb.png", 6000, 6000);
        HostileFiles.text(in, "notes.jpg");
        Path out = tmp.resolve("out");

        try (RedisServer redis = RedisServer.start(); Supervisor workers = new Supervisor(redis.url(), 2)) {
            // when
            ImgprocProcess result = ImgprocProcess.run(tmp, "process", in.toString(), "-o", out.toString(),
                    "--filters", "resize=100", "--cluster", "--redis", redis.url(), "--queue", "poison");

            // then: the batch finishes, names both files, and exits 1
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.SOME_FAILED);
            assertThat(result.err())
                    .contains(in.resolve("bomb.png") + ": error: worker stopped while running it 3 times (crash loop)")
                    .contains(in.resolve("notes.jpg") + ": error: not an image")
                    .contains("6 written, 2 failed, 0 skipped of 8 files");
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "poison");
            Map<String, Map<String, String>> dead = redis.client().xrange(Keys.DEFAULT.dead("poison"), "-", "+")
                    .stream().collect(Collectors.toMap(e -> e.getFields().get("name"), e -> e.getFields()));
            assertThat(dead).containsOnlyKeys("bomb.png", "notes.jpg");
            assertThat(dead.get("bomb.png")).containsEntry("reason", "crash-loop").containsEntry("deliveries", "3");
            assertThat(dead.get("notes.jpg")).containsEntry("reason", "error").containsEntry("deliveries", "1");
            assertThat(workers.crashes()).as("workers killed by the bomb: it was started exactly 3 times").isEqualTo(3);
        }
    }

    /** Keeps {@code count} small-heap workers running, restarting any that dies, and counts the deaths. */
    private final class Supervisor implements AutoCloseable {
        private final String redisUrl;
        private final List<WorkerProcess> workers = new ArrayList<>();
        private final AtomicInteger crashes = new AtomicInteger();
        private final Thread thread;
        private volatile boolean running = true;

        Supervisor(String redisUrl, int count) throws Exception {
            this.redisUrl = redisUrl;
            for (int i = 0; i < count; i++) {
                workers.add(start().awaitServing());
            }
            thread = Thread.ofPlatform().daemon().start(this::watch);
        }

        private WorkerProcess start() throws Exception {
            return WorkerProcess.start(tmp.resolve("logs"), redisUrl, List.of("-Xmx64m", "-XX:+ExitOnOutOfMemoryError"),
                    "--queue", "poison", "--concurrency", "1", "--threads", "1", "--max-attempts", "3");
        }

        private void watch() {
            while (running) {
                synchronized (workers) {
                    for (int i = 0; i < workers.size(); i++) {
                        if (!workers.get(i).isAlive() && running) {
                            crashes.incrementAndGet();
                            try {
                                workers.set(i, start());
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        }
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        int crashes() {
            return crashes.get();
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join(Duration.ofSeconds(10));
            synchronized (workers) {
                for (WorkerProcess worker : workers) {
                    worker.close();
                }
            }
        }
    }
}
