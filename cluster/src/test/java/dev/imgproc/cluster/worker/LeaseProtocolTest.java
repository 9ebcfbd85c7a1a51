package dev.imgproc.cluster.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.JobMessage;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.ResultMessage;
import dev.imgproc.cluster.Scripts;
import dev.imgproc.cluster.testing.RedisServer;
import dev.imgproc.codec.ImageFormat;
import dev.imgproc.engine.Recipe;
import dev.imgproc.engine.Timings;
import dev.imgproc.image.Size;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XClaimParams;
import redis.clients.jedis.params.XReadGroupParams;

/**
 * The ownership rules, one script at a time, against a real redis-server: who may renew, complete or take over an
 * entry, when a crash loop is dead-lettered, and that scripts survive an emptied script cache.
 */
class LeaseProtocolTest {
    private static final Keys KEYS = Keys.DEFAULT;
    private static final String QUEUE = "protocol";
    private static final String RUN = "run1";

    @AutoClose
    static RedisServer server;
    RedisClient redis;

    @BeforeAll
    static void startRedis() throws Exception {
        server = RedisServer.start();
    }

    @BeforeEach
    void emptyQueueAndRun() {
        redis = server.client();
        redis.flushAll();
        Redis.ensureGroup(redis, KEYS.jobs(QUEUE));
        redis.hset(KEYS.meta(RUN), "epoch", "e1");
    }

    private String enqueue(String job) {
        List<byte[]> args = new ArrayList<>(Bytes.all(job, "e1"));
        Bytes.addFields(args, JobMessage.first(QUEUE, RUN, job, job + ".jpg", Recipe.of("blur=1")).fields());
        Scripts.ENQUEUE.run(redis, Bytes.all(KEYS.jobs(QUEUE), KEYS.enqueued(RUN)), args);
        return redis.xrange(KEYS.jobs(QUEUE), "-", "+").getLast().getID().toString();
    }

    private void take(String worker) {
        redis.xreadGroup(Keys.GROUP, worker, XReadGroupParams.xReadGroupParams().count(1),
                Map.of(KEYS.jobs(QUEUE), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY));
    }

    private void forceClaim(String worker, String entryId) {
        redis.xclaim(KEYS.jobs(QUEUE), Keys.GROUP, worker, 0, XClaimParams.xClaimParams(), new StreamEntryID(entryId));
    }

    private LeaseKeeper keeper(String worker, Delivery delivery) {
        WorkerSettings settings = settings(Duration.ofSeconds(3));
        return new LeaseKeeper(redis, KEYS, settings, worker, Map.of(delivery.entryId(), delivery), new WorkerCounters());
    }

    private static WorkerSettings settings(Duration lease) {
        return new WorkerSettings(List.of(QUEUE), 1, 1, lease, Duration.ofSeconds(1), 3, Duration.ofSeconds(1),
                Duration.ofMillis(100), null);
    }

    private static ResultMessage.Done result(String job, String worker) {
        return new ResultMessage.Done(job, worker, ImageFormat.JPEG, new Size(2, 2), new Size(1, 1), Timings.NONE);
    }

    @Test
    void enqueueingTwiceInOneEpochAddsOneEntry() {
        enqueue("1");
        enqueue("1");

        assertThat(redis.xlen(KEYS.jobs(QUEUE))).isEqualTo(1);
    }

    @Test
    void renewalKeepsTheLeaseUntilAnotherWorkerHoldsTheEntry() {
        String id = enqueue("1");
        take("a");
        Delivery delivery = new Delivery(QUEUE, id, Map.of(), 1);

        keeper("a", delivery).renew();
        assertThat(delivery.lost()).isFalse();

        forceClaim("b", id);
        keeper("a", delivery).renew();
        assertThat(delivery.lost()).isTrue();
        assertThat(redis.xpending(KEYS.jobs(QUEUE), Keys.GROUP).getConsumerMessageCount()).containsOnlyKeys("b");
    }

    @Test
    void aRenewalRacingTheJobsOwnCompletionDoesNotCallItLost() {
        String id = enqueue("1");
        take("a");
        Delivery delivery = new Delivery(QUEUE, id, Map.of(), 1);
        assertThat(delivery.startReporting()).isTrue();
        new Outcomes(redis, KEYS, "a", 3).complete(delivery, new byte[] {1}, result("1", "a"));

        keeper("a", delivery).renew(); // sees the entry acknowledged already

        assertThat(delivery.state().get()).isEqualTo(Delivery.State.REPORTING);
    }

    @Test
    void aWorkerThatLostTheEntryCannotRecordItsResult() {
        String id = enqueue("1");
        take("a");
        forceClaim("b", id);
        Delivery staleCopy = new Delivery(QUEUE, id, Map.of(), 1);

        String late = new Outcomes(redis, KEYS, "a", 3).complete(staleCopy, new byte[] {1}, result("1", "a"));
        String owner = new Outcomes(redis, KEYS, "b", 3).complete(staleCopy, new byte[] {2}, result("1", "b"));

        assertThat(late).isEqualTo("lost");
        assertThat(owner).isEqualTo("ok");
        assertThat(redis.get(Bytes.of(KEYS.output(RUN, "1")))).containsExactly(2);
        assertThat(redis.xlen(KEYS.results(RUN))).isEqualTo(1);
        assertThat(redis.xlen(KEYS.jobs(QUEUE))).as("completed entries leave the stream").isZero();
    }

    @Test
    void aJobEnqueuedTwiceIsRecordedOnceFirstWriterWins() {
        String first = enqueue("1");
        redis.hdel(KEYS.enqueued(RUN), "1"); // as after a data loss, when the client submits it again
        String second = enqueue("1");
        take("a");
        take("b");

        String one = new Outcomes(redis, KEYS, "a", 3).complete(new Delivery(QUEUE, first, Map.of(), 1),
                new byte[] {1}, result("1", "a"));
        String two = new Outcomes(redis, KEYS, "b", 3).complete(new Delivery(QUEUE, second, Map.of(), 1),
                new byte[] {2}, result("1", "b"));

        assertThat(List.of(one, two)).containsExactly("ok", "duplicate");
        assertThat(redis.get(Bytes.of(KEYS.output(RUN, "1")))).containsExactly(1);
        assertThat(redis.xlen(KEYS.results(RUN))).isEqualTo(1);
        assertThat(redis.xpending(KEYS.jobs(QUEUE), Keys.GROUP).getTotal()).isZero();
    }

    @Test
    void anEntryStartedMaxAttemptsTimesIsDeadLetteredAsACrashLoop() throws Exception {
        enqueue("1");
        WorkerSettings shortLease = settings(Duration.ofMillis(300));
        take("a"); // delivery 1: worker a dies
        Thread.sleep(400);
        assertThat(new JobFetcher(redis, KEYS, shortLease, "b").reap(1)).hasSize(1); // delivery 2: b dies
        Thread.sleep(400);
        assertThat(new JobFetcher(redis, KEYS, shortLease, "c").reap(1)).hasSize(1); // delivery 3: c dies
        Thread.sleep(400);

        List<Delivery> fourth = new JobFetcher(redis, KEYS, shortLease, "d").reap(1);

        assertThat(fourth).isEmpty();
        Map<String, String> dead = redis.xrange(KEYS.dead(QUEUE), "-", "+").getFirst().getFields();
        assertThat(dead).containsEntry("reason", "crash-loop").containsEntry("deliveries", "3")
                .containsEntry("name", "1.jpg").containsEntry("worker", "c");
        assertThat(redis.xrange(KEYS.results(RUN), "-", "+").getFirst().getFields())
                .containsEntry("status", "dead").containsEntry("job", "1");
        assertThat(redis.xlen(KEYS.jobs(QUEUE))).isZero();
        assertThat(redis.xpending(KEYS.jobs(QUEUE), Keys.GROUP).getTotal()).isZero();
    }

    @Test
    void aRetriedJobCarriesItsEarlierAttempts() {
        String id = enqueue("1");
        take("a");

        String outcome = new Outcomes(redis, KEYS, "a", 3).fail(new Delivery(QUEUE, id, Map.of(), 1),
                Outcomes.FailMode.RETRY, "error", "filter", "internal error");

        assertThat(outcome).isEqualTo("retried");
        assertThat(redis.xrange(KEYS.jobs(QUEUE), "-", "+")).singleElement()
                .satisfies(e -> assertThat(e.getFields()).containsEntry("attempt", "2"));
    }

    @Test
    void scriptsWorkAfterRedisForgetsThemAsAfterARestart() {
        String id = enqueue("1");
        take("a");
        Delivery delivery = new Delivery(QUEUE, id, Map.of(), 1);
        keeper("a", delivery).renew();

        redis.scriptFlush();
        keeper("a", delivery).renew(); // NOSCRIPT: sent again in full

        assertThat(delivery.lost()).isFalse();
    }
}
