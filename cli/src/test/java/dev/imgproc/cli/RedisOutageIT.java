package dev.imgproc.cli;

import static dev.imgproc.cli.ClusterChecks.assertSameOutputsAndDrainedQueue;
import static dev.imgproc.cli.ClusterChecks.localReference;
import static dev.imgproc.cli.ClusterChecks.photos;
import static dev.imgproc.cli.WorkerProcess.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.testing.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Redis going away: restarted empty in the middle of a batch, or not there at all. */
class RedisOutageIT {
    @TempDir
    Path tmp;

    @Test
    void aBatchCompletesWhenRedisRestartsEmptyHalfWay() throws Exception {
        Path in = photos(tmp.resolve("in"), 20, 480, 360);
        String filters = "median=4,resize=240";
        Path local = localReference(in, tmp.resolve("local"), "--filters", filters);
        Path out = tmp.resolve("out");
        try (RedisServer redis = RedisServer.start();
                WorkerProcess one = WorkerProcess.start(tmp.resolve("logs"), redis.url(), List.of(),
                        "--concurrency", "1", "--threads", "1").awaitServing();
                WorkerProcess two = WorkerProcess.start(tmp.resolve("logs"), redis.url(), List.of(),
                        "--concurrency", "1", "--threads", "1").awaitServing();
                BackgroundImgproc batch = BackgroundImgproc.start(tmp, "process", in.toString(), "-o", out.toString(),
                        "--filters", filters, "--cluster", "--redis", redis.url(), "--window", "6")) {
            await(() -> Files.isDirectory(out) && OutputImages.filesUnder(out).size() >= 5, Duration.ofMinutes(3),
                    "five outputs");

            redis.restartEmpty(); // no persistence: the queue, the group, the run, all gone

            ImgprocProcess result = batch.await(Duration.ofMinutes(4));
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(result.err()).contains("Redis lost this run's data");
            // Whoever reads the empty Redis first recreates the queue's group: the client resubmitting, or a worker
            // getting NOGROUP (its own test: ClusterRoundTripTest.aWorkerRecreatesTheGroupAfterRedisIsFlushed).
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "default");
        }
    }

    @Test
    void unreachableRedisIsOneClearLineAndExitCode6() throws Exception {
        Path in = photos(tmp.resolve("in"), 1, 64, 48);
        String url = "redis://127.0.0.1:" + RedisServer.unusedPort();

        ImgprocProcess process = ImgprocProcess.run(tmp, "process", in.toString(), "-o", "out", "--cluster",
                "--redis", url);
        ImgprocProcess worker = ImgprocProcess.run(tmp, "worker", "--redis", url);

        for (ImgprocProcess result : List.of(process, worker)) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCode.REDIS_UNAVAILABLE);
            assertThat(result.err().strip()).startsWith("imgproc: error: " + url + ": cannot connect")
                    .doesNotContain("Exception").hasLineCount(1);
        }
        assertThat(tmp.resolve("out")).doesNotExist();
    }
}
