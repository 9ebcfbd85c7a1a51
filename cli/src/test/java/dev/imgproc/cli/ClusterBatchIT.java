package dev.imgproc.cli;

import static dev.imgproc.cli.ClusterChecks.assertSameOutputsAndDrainedQueue;
import static dev.imgproc.cli.ClusterChecks.localReference;
import static dev.imgproc.cli.ClusterChecks.photos;
import static dev.imgproc.cli.WorkerProcess.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.testing.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cluster batches through the packaged jar: real worker JVMs, a real redis-server, no faults. */
class ClusterBatchIT {
    @AutoClose
    static RedisServer redis;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @Test
    void threeWorkersShareABatchAndWriteWhatLocalModeWrites() throws Exception {
        // given
        Path in = photos(tmp.resolve("in"), 24, 320, 240);
        Files.createDirectories(in.resolve("sub"));
        Files.move(in.resolve("img-00.jpg"), in.resolve("sub/img-00.jpg"));
        String filters = "resize=200,blur=1";
        Path local = localReference(in, tmp.resolve("local"), "--filters", filters);
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                workers.add(WorkerProcess.start(tmp.resolve("logs"), redis.url(), List.of(), "--queue", "baseline",
                        "--concurrency", "1", "--threads", "1"));
            }
            for (WorkerProcess worker : workers) {
                worker.awaitServing();
            }

            // when
            Path out = tmp.resolve("out");
            ImgprocProcess result = ImgprocProcess.run(tmp, "process", in.toString(), "-o", out.toString(),
                    "--filters", filters, "--cluster", "--redis", redis.url(), "--queue", "baseline");

            // then
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).contains("24 written, 0 failed, 0 skipped of 24 files");
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "baseline");
            // workers count a job just after recording it, and publish the count with their next heartbeat
            await(() -> doneInRegistry() == 24, Duration.ofSeconds(30), "the registry to count 24 jobs");
            ImgprocProcess status = ImgprocProcess.run(tmp, "cluster", "status", "--redis", redis.url(), "--json");
            assertThat(status.exitCode()).as(status.err()).isZero();
            List<Map<String, Object>> live = workersOn(status.out(), "baseline");
            assertThat(live).hasSize(3);
            assertThat(live.stream().mapToLong(w -> ((Number) w.get("done")).longValue()).sum()).isEqualTo(24);
            assertThat(live).allSatisfy(w -> assertThat(((Number) w.get("leasesLost")).longValue()).isZero());
            assertThat(redis.client().keys("imgproc:run:*")).as("the run cleaned up after itself").isEmpty();

            // and when they are told to stop (SIGTERM), they leave the registry and exit 0
            workers.forEach(WorkerProcess::terminate);
            for (WorkerProcess worker : workers) {
                assertThat(worker.waitForExit(Duration.ofSeconds(60))).as(worker.log()).isZero();
            }
            assertThat(redis.client().zrange(Keys.DEFAULT.workers(), 0, -1)).isEmpty();
        } finally {
            for (WorkerProcess worker : workers) {
                worker.close();
            }
        }
    }

    @Test
    void aKilledClientRerunWithSkipExistingDoesNotRedoFinishedFiles() throws Exception {
        // given: a batch half done when its client dies
        Path in = photos(tmp.resolve("in"), 16, 480, 360);
        String filters = "median=3,resize=300";
        Path local = localReference(in, tmp.resolve("local"), "--filters", filters);
        Path out = tmp.resolve("out");
        String[] command = {"process", in.toString(), "-o", out.toString(), "--filters", filters, "--cluster",
            "--redis", redis.url(), "--queue", "rerun", "--skip-existing", "--window", "2"};
        try (WorkerProcess worker = WorkerProcess.start(tmp.resolve("logs"), redis.url(), List.of(), "--queue",
                "rerun", "--concurrency", "1", "--threads", "1").awaitServing()) {
            long finishedBeforeKill;
            try (BackgroundImgproc first = BackgroundImgproc.start(tmp, command)) {
                await(() -> countOutputs(out) >= 4, Duration.ofSeconds(120), "four outputs");
                first.kill();
                finishedBeforeKill = countOutputs(out);
            }

            // when
            ImgprocProcess rerun = ImgprocProcess.run(tmp, command);

            // then
            assertThat(rerun.exitCode()).as(rerun.err()).isZero();
            assertThat(rerun.err()).containsPattern("written, 0 failed, (\\d+) skipped of 16 files");
            long skipped = Long.parseLong(rerun.err().replaceAll("(?s).*0 failed, (\\d+) skipped.*", "$1"));
            assertThat(skipped).isGreaterThanOrEqualTo(finishedBeforeKill);
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "rerun");
        }
    }

    /** Jobs done by the live workers of the baseline queue, as the registry has it. */
    private static long doneInRegistry() {
        return redis.client().zrange(Keys.DEFAULT.workers(), 0, -1).stream()
                .map(id -> redis.client().hgetAll(Keys.DEFAULT.worker(id)))
                .filter(worker -> "baseline".equals(worker.get("queues")))
                .mapToLong(worker -> Long.parseLong(worker.get("done")))
                .sum();
    }

    private static long countOutputs(Path out) {
        if (!Files.isDirectory(out)) {
            return 0;
        }
        return OutputImages.filesUnder(out).stream().filter(f -> f.endsWith(".jpg") && !f.startsWith(".")).count();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> workersOn(String json, String queue) throws Exception {
        Map<String, Object> status = JSON.std.mapFrom(json);
        return ((List<Map<String, Object>>) status.get("workers")).stream()
                .filter(w -> ((List<String>) w.get("queues")).contains(queue))
                .toList();
    }
}
