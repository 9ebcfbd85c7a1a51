package dev.imgproc.cluster.client;

import dev.imgproc.cluster.ClusterException;
import dev.imgproc.cluster.JobMessage;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.RedisEndpoint;
import dev.imgproc.engine.Job;
import dev.imgproc.engine.JobExecutor;
import dev.imgproc.engine.JobResult;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Runs jobs on a cluster of workers: the {@link JobExecutor} a batch uses in cluster mode, so that scanning, output
 * names, --skip-existing, atomic writes, reports and exit codes are those of a local batch.
 *
 * <p>At most {@link ClientSettings#window()} jobs are in Redis at once; {@link #submit} blocks beyond that. Each
 * result completes its future as soon as it arrives, and the batch writes it at once.
 *
 * <pre>{@code
 * try (ClusterClient cluster = ClusterClient.open(RedisEndpoint.parse(url), ClientSettings.of("default", 32))) {
 *     new BatchRunner(cluster, codecs, options, listener).run();
 * }
 * }</pre>
 */
public final class ClusterClient implements JobExecutor, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ClusterClient.class);

    private final RedisClient redis;
    private final ClientSettings settings;
    private final Run run;
    private final Semaphore window;
    private final Map<String, Submission> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Enqueuer enqueuer;
    private final ResultCollector collector;
    private final RunWatch watch;
    private final Thread cleanupOnExit;
    private volatile boolean closed;

    private ClusterClient(RedisClient redis, Keys keys, ClientSettings settings) {
        this.redis = redis;
        this.settings = settings;
        this.run = new Run(keys);
        this.window = new Semaphore(settings.window());
        this.enqueuer = new Enqueuer(redis, run, settings);
        this.collector = new ResultCollector(redis, run, inFlight, this::resubmit);
        this.watch = new RunWatch(redis, run, settings, inFlight, this::recover);
        this.cleanupOnExit = Thread.ofPlatform().unstarted(this::forgetRun);
    }

    /** Connects, checks the server, and registers a run. */
    public static ClusterClient open(RedisEndpoint endpoint, ClientSettings settings) throws ClusterException {
        Keys.checkQueueName(settings.queue());
        RedisClient redis = Redis.connect(endpoint, settings.window() + 8, "imgproc-client");
        ClusterClient client = new ClusterClient(redis, Keys.DEFAULT, settings);
        try {
            client.register();
        } catch (JedisException e) {
            Redis.closeQuietly(redis);
            throw new ClusterException(Redis.describe(endpoint, e), e);
        }
        client.collector.start();
        client.watch.start();
        // Ctrl-C: tell workers the run is gone, so they drop its queued jobs instead of running them for nobody
        Runtime.getRuntime().addShutdownHook(client.cleanupOnExit);
        return client;
    }

    private void register() {
        Redis.ensureGroup(redis, run.keys.jobs(settings.queue()));
        writeMeta();
    }

    private void writeMeta() {
        redis.hset(run.meta(), Map.of("epoch", run.epoch(), "queue", settings.queue(),
                "created", Long.toString(System.currentTimeMillis())));
        redis.pexpire(run.meta(), settings.runTtl().toMillis());
    }

    @Override
    public CompletableFuture<JobResult> submit(Job job) throws InterruptedException {
        if (closed) {
            throw new IllegalStateException("the cluster client is closed");
        }
        window.acquire();
        String id = Long.toString(sequence.incrementAndGet());
        JobMessage message = JobMessage.first(settings.queue(), run.id, id, job.id(), job.recipe());
        Submission submission = new Submission(message, job, new CompletableFuture<>());
        submission.result().whenComplete((result, error) -> window.release());
        inFlight.put(id, submission);
        enqueuer.enqueue(submission);
        return submission.result();
    }

    @Override
    public int capacity() {
        return settings.window();
    }

    /** Submits again what Redis lost: a new epoch, the group and meta recreated, then every uncollected job. */
    private void recover() throws InterruptedException {
        run.newEpoch();
        register();
        collector.rewind();
        for (Submission submission : inFlight.values()) {
            enqueuer.enqueue(submission);
        }
    }

    /** One job whose output vanished: forget that it was enqueued and done, and submit it again. */
    private void resubmit(Submission submission) {
        redis.hdel(run.keys.enqueued(run.id), submission.id());
        redis.hdel(run.keys.done(run.id), submission.id());
        try {
            enqueuer.enqueue(submission);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Jobs submitted and not yet collected. */
    public int inFlight() {
        return inFlight.size();
    }

    public String runId() {
        return run.id;
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        watch.close();
        collector.close();
        forgetRun();
        try {
            Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook runs anyway
        }
        Redis.closeQuietly(redis);
    }

    private void forgetRun() {
        try {
            redis.del(run.runKeys());
            for (Submission submission : inFlight.values()) {
                redis.del(run.keys.input(run.id, submission.id()));
            }
        } catch (JedisException e) {
            log.debug("could not delete the run's keys ({}); they expire in {}", e.getMessage(),
                    Duration.ofMillis(settings.runTtl().toMillis()));
        }
    }
}
