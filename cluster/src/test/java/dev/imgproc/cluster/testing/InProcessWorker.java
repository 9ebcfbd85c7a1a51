package dev.imgproc.cluster.testing;

import dev.imgproc.cluster.ClusterException;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.RedisEndpoint;
import dev.imgproc.cluster.worker.Worker;
import dev.imgproc.cluster.worker.WorkerSettings;
import dev.imgproc.codec.Codecs;
import dev.imgproc.engine.Engine;
import dev.imgproc.engine.EngineConfig;
import java.time.Duration;
import java.util.List;
import redis.clients.jedis.RedisClient;

/** A worker on a thread of the test's JVM, with short timings, for tests that need one but do not kill it. */
public record InProcessWorker(Worker worker, Engine engine, RedisClient client, RedisClient probe, Thread thread)
        implements AutoCloseable {

    public static InProcessWorker start(String url, String queue) throws ClusterException {
        return start(url, List.of(queue), 1);
    }

    public static InProcessWorker start(String url, String queue, int slots) throws ClusterException {
        return start(url, List.of(queue), slots);
    }

    public static InProcessWorker start(String url, List<String> queues) throws ClusterException {
        return start(url, queues, 1);
    }

    public static InProcessWorker start(String url, List<String> queues, int slots) throws ClusterException {
        RedisEndpoint endpoint = RedisEndpoint.parse(url);
        RedisClient client = Redis.connect(endpoint, slots + 6, "test-worker");
        Engine engine = new Engine(Codecs.standard(), new EngineConfig(1, slots, 256L << 20));
        WorkerSettings settings = new WorkerSettings(queues, slots, 1, Duration.ofSeconds(2),
                Duration.ofMillis(500), 3, Duration.ofSeconds(10), Duration.ofMillis(500), null);
        Worker worker = new Worker(client, Keys.DEFAULT, settings, engine, "test");
        Thread thread = Thread.ofPlatform().name("test-worker").start(() -> {
            try {
                worker.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        InProcessWorker running = new InProcessWorker(worker, engine, client, client, thread);
        running.awaitRegistered();
        return running;
    }

    /** Writes its registry entry now, with its current counters, rather than at the next heartbeat. */
    public void heartbeatNow() {
        worker.heartbeatNow();
    }

    /** Its registry entry is written after its group exists, just before its first read. */
    private void awaitRegistered() {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!probe.exists(Keys.DEFAULT.worker(worker.id()))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("worker did not register");
            }
            Thread.onSpinWait();
        }
    }

    @Override
    public void close() throws InterruptedException {
        worker.stop();
        thread.join(Duration.ofSeconds(20));
        engine.close();
        Redis.closeQuietly(client);
    }
}
