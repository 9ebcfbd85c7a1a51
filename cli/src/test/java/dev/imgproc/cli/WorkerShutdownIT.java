package dev.imgproc.cli;

import static dev.imgproc.cli.ClusterChecks.assertSameOutputsAndDrainedQueue;
import static dev.imgproc.cli.ClusterChecks.heldBy;
import static dev.imgproc.cli.ClusterChecks.localReference;
import static dev.imgproc.cli.WorkerProcess.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.testing.ClusterFixtures;
import dev.imgproc.cluster.testing.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to a worker holding a job: it finishes the job (or hands it back), leaves the registry and exits 0. */
class WorkerShutdownIT {
    private static final String FILTERS = "median=12,median=12";

    @AutoClose
    static RedisServer redis;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    private Path oneSlowPhoto() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("slow.jpg"), ClusterFixtures.jpeg(1600, 1200, 3));
        return in;
    }

    private BackgroundImgproc batch(Path in, Path out, String queue) throws Exception {
        return BackgroundImgproc.start(tmp, "process", in.toString(), "-o", out.toString(), "--filters", FILTERS,
                "--cluster", "--redis", redis.url(), "--queue", queue);
    }

    private WorkerProcess worker(String queue, String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("--queue", queue, "--concurrency", "1", "--threads", "1"));
        args.addAll(List.of(more));
        return WorkerProcess.start(tmp.resolve("logs"), redis.url(), List.of(), args.toArray(String[]::new));
    }

    @Test
    void aStoppedWorkerFinishesTheJobItHoldsThenExitsZero() throws Exception {
        Path in = oneSlowPhoto();
        Path local = localReference(in, tmp.resolve("local"), "--filters", FILTERS);
        Path out = tmp.resolve("out");
        try (WorkerProcess worker = worker("drain").awaitServing(); BackgroundImgproc batch = batch(in, out, "drain")) {
            await(() -> !heldBy(redis.client(), "drain", worker.pid()).isEmpty(), Duration.ofMinutes(2), "job taken");

            worker.terminate();

            assertThat(worker.waitForExit(Duration.ofMinutes(2))).as(worker.log()).isZero();
            ImgprocProcess result = batch.await(Duration.ofMinutes(2)); // no other worker: it was finished
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "drain");
            assertThat(worker.log()).contains("finishing 1 job(s)").contains("stopped: 1 done");
            assertThat(redis.client().zrange(Keys.DEFAULT.workers(), 0, -1)).isEmpty();
        }
    }

    @Test
    void aWorkerOutOfDrainTimeHandsItsJobBackForAnotherToRunAtOnce() throws Exception {
        Path in = oneSlowPhoto();
        Path local = localReference(in, tmp.resolve("local"), "--filters", FILTERS);
        Path out = tmp.resolve("out");
        try (WorkerProcess leaving = worker("handback", "--drain-timeout", "0s", "--lease", "60s").awaitServing();
                BackgroundImgproc batch = batch(in, out, "handback")) {
            await(() -> !heldBy(redis.client(), "handback", leaving.pid()).isEmpty(), Duration.ofMinutes(2),
                    "job taken");

            leaving.terminate();
            assertThat(leaving.waitForExit(Duration.ofMinutes(1))).as(leaving.log()).isZero();
            assertThat(leaving.log()).contains("handed slow.jpg back to the queue (handed-back)");

            // a 60 s lease would keep the job from anyone for a minute; handed back, the next worker starts it now
            try (WorkerProcess next = worker("handback", "--lease", "60s").awaitServing()) {
                ImgprocProcess result = batch.await(Duration.ofMinutes(2));
                assertThat(result.exitCode()).as(result.err()).isZero();
                assertThat(next.log()).doesNotContain("took over");
                assertSameOutputsAndDrainedQueue(out, local, redis.client(), "handback");
            }
        }
    }
}
