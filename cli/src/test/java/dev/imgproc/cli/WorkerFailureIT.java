package dev.imgproc.cli;

import static dev.imgproc.cli.ClusterChecks.assertSameOutputsAndDrainedQueue;
import static dev.imgproc.cli.ClusterChecks.heldBy;
import static dev.imgproc.cli.ClusterChecks.localReference;
import static dev.imgproc.cli.ClusterChecks.photos;
import static dev.imgproc.cli.WorkerProcess.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.testing.ClusterFixtures;
import dev.imgproc.cluster.testing.RedisServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workers that die, freeze or run slowly in the middle of a batch: every input still gets exactly one output, the
 * bytes local mode writes, and the queue ends empty. Each test has a queue of its own on one shared Redis.
 */
class WorkerFailureIT {
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(4);

    @AutoClose
    static RedisServer redis;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    private String[] processCommand(Path in, Path out, String filters, String queue) {
        return new String[] {"process", in.toString(), "-o", out.toString(), "--filters", filters, "--cluster",
            "--redis", redis.url(), "--queue", queue};
    }

    /** A worker with one slot and one filter thread, unless {@code args} say otherwise. */
    private WorkerProcess worker(String queue, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--queue", queue));
        List<String> given = List.of(args);
        for (String option : List.of("--concurrency", "--threads")) {
            if (!given.contains(option)) {
                all.addAll(List.of(option, "1"));
            }
        }
        all.addAll(given);
        return WorkerProcess.start(tmp.resolve("logs"), redis.url(), List.of(), all.toArray(String[]::new));
    }

    @Test
    void theJobsOfAWorkerKilledMidJobAreFinishedByAnother() throws Exception {
        Path in = photos(tmp.resolve("in"), 12, 640, 480);
        String filters = "median=6,resize=320";
        Path local = localReference(in, tmp.resolve("local"), "--filters", filters);
        Path out = tmp.resolve("out");
        try (WorkerProcess victim = worker("kill").awaitServing();
                WorkerProcess survivor = worker("kill").awaitServing();
                BackgroundImgproc batch = BackgroundImgproc.start(tmp, processCommand(in, out, filters, "kill"))) {
            // when: SIGKILL while it holds a job
            await(() -> !heldBy(redis.client(), "kill", victim.pid()).isEmpty(), BATCH_TIMEOUT, "a job on the victim");
            victim.kill();

            // then
            ImgprocProcess result = batch.await(BATCH_TIMEOUT);
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "kill");
            assertThat(survivor.log()).contains("took over");
            assertThat(ClusterFixtures.deadLetterNames(redis.client(), "kill")).isEmpty();
        }
    }

    @Test
    void aKillStormLosesNothingAndDuplicatesNothing() throws Exception {
        Path in = photos(tmp.resolve("in"), 30, 480, 360);
        String filters = "median=4,resize=240";
        Path local = localReference(in, tmp.resolve("local"), "--filters", filters);
        Path out = tmp.resolve("out");
        List<WorkerProcess> workers = new ArrayList<>();
        Random random = new Random(42);
        int kills = 0;
        try (BackgroundImgproc batch = BackgroundImgproc.start(tmp, processCommand(in, out, filters, "storm"))) {
            for (int i = 0; i < 3; i++) {
                workers.add(worker("storm", "--max-attempts", "20"));
            }
            // every 1.5 s a random worker dies by SIGKILL and a fresh one (a new id) takes its place
            while (batch.isRunning()) {
                Thread.sleep(1500);
                if (!batch.isRunning()) {
                    break;
                }
                WorkerProcess victim = workers.remove(random.nextInt(workers.size()));
                victim.kill();
                kills++;
                workers.add(worker("storm", "--max-attempts", "20"));
            }

            ImgprocProcess result = batch.await(BATCH_TIMEOUT);
            assertThat(kills).as("kills during the batch").isPositive();
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "storm");
            assertThat(ClusterFixtures.deadLetterNames(redis.client(), "storm")).isEmpty();
            // the group forgets the consumers of dead workers once they hold nothing
            await(() -> redis.client().xinfoConsumers(Keys.DEFAULT.jobs("storm"), Keys.GROUP).size() <= 3,
                    Duration.ofSeconds(60), "dead consumers removed");
        } finally {
            for (WorkerProcess worker : workers) {
                worker.close();
            }
        }
    }

    @Test
    void aFrozenWorkersLateResultChangesNothing() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("slow.jpg"), ClusterFixtures.jpeg(1600, 1200, 7));
        String filters = "median=12,median=12";
        Path local = localReference(in, tmp.resolve("local"), "--filters", filters);
        Path out = tmp.resolve("out");
        try (WorkerProcess frozen = worker("frozen").awaitServing();
                BackgroundImgproc batch = BackgroundImgproc.start(tmp, processCommand(in, out, filters, "frozen"))) {
            await(() -> !heldBy(redis.client(), "frozen", frozen.pid()).isEmpty(), BATCH_TIMEOUT, "the job taken");
            frozen.freeze(); // SIGSTOP mid-job: its lease keeper stops too
            try (WorkerProcess other = worker("frozen").awaitServing()) {
                await(() -> other.log().contains("took over"), BATCH_TIMEOUT, "the job taken over");
                frozen.thaw(); // SIGCONT after its lease expired: it finds out, and must drop its result

                ImgprocProcess result = batch.await(BATCH_TIMEOUT);
                assertThat(result.exitCode()).as(result.err()).isZero();
                FileTime written = Files.getLastModifiedTime(out.resolve("slow.jpg"));
                try {
                    await(() -> frozen.log().contains("dropped the result of slow.jpg"), Duration.ofSeconds(60),
                            "the frozen worker to drop its stale copy");
                } catch (AssertionError e) {
                    throw new AssertionError(e.getMessage() + "\nfrozen:\n" + frozen.log() + "\nother:\n" + other.log());
                }

                assertThat(Files.getLastModifiedTime(out.resolve("slow.jpg"))).isEqualTo(written);
                assertSameOutputsAndDrainedQueue(out, local, redis.client(), "frozen");
            }
        }
    }

    @Test
    void aSlowJobUnderFullCpuKeepsItsLeaseAndRunsOnce() throws Exception {
        // two jobs, each several times longer than the lease, on workers whose filters take every core
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.write(in.resolve("a.jpg"), ClusterFixtures.jpeg(1600, 1200, 1));
        Files.write(in.resolve("b.jpg"), ClusterFixtures.jpeg(1600, 1200, 2));
        String filters = "median=15,median=15";
        Path local = localReference(in, tmp.resolve("local"), "--filters", filters);
        Path out = tmp.resolve("out");
        try (WorkerProcess one = worker("slow", "--lease", "1s", "--threads", "2").awaitServing();
                WorkerProcess two = worker("slow", "--lease", "1s", "--threads", "2").awaitServing()) {
            ImgprocProcess result = ImgprocProcess.run(tmp, processCommand(in, out, filters, "slow"));

            assertThat(result.exitCode()).as(result.err()).isZero();
            assertSameOutputsAndDrainedQueue(out, local, redis.client(), "slow");
            for (WorkerProcess worker : List.of(one, two)) {
                assertThat(worker.log()).doesNotContain("took over").doesNotContain("lost the lease");
            }
        }
    }
}
