package dev.imgproc.cluster.worker;

import dev.imgproc.cluster.Backoff;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Redis;
import dev.imgproc.cluster.worker.Outcomes.FailMode;
import dev.imgproc.engine.JobExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A cluster worker: pulls jobs from its queues while it has free slots, runs them through the engine, keeps their
 * leases, takes over the jobs of dead workers, and announces itself. {@link #run} returns after {@link #stop}, once
 * the jobs it holds are finished (or handed back when the drain time runs out) and it has left the registry.
 *
 * <pre>{@code
 * Worker worker = new Worker(redis, Keys.DEFAULT, settings, engine, "0.1.0");
 * Runtime.getRuntime().addShutdownHook(...worker::stop...);
 * worker.run();
 * }</pre>
 */
public final class Worker {
    private static final Logger log = LoggerFactory.getLogger(Worker.class);

    private final RedisClient redis;
    private final Keys keys;
    private final WorkerSettings settings;
    private final String id = WorkerId.create();
    private final Map<String, Delivery> held = new ConcurrentHashMap<>();
    private final WorkerCounters counters = new WorkerCounters();
    private final JobFetcher fetcher;
    private final JobHandler handler;
    private final Outcomes outcomes;
    private final LeaseKeeper leases;
    private final Heartbeat heartbeat;
    private final Object slotFreed = new Object();
    private volatile boolean running = true;
    private long lastReap = System.nanoTime() - Duration.ofDays(1).toNanos();

    public Worker(RedisClient redis, Keys keys, WorkerSettings settings, JobExecutor engine, String version) {
        this.redis = redis;
        this.keys = keys;
        this.settings = settings;
        this.fetcher = new JobFetcher(redis, keys, settings, id);
        this.outcomes = new Outcomes(redis, keys, id, settings.maxAttempts());
        this.handler = new JobHandler(redis, keys, engine, outcomes, counters);
        this.leases = new LeaseKeeper(redis, keys, settings, id, held, counters);
        this.heartbeat = new Heartbeat(redis, keys, settings, id, version, counters, held::size);
    }

    public String id() {
        return id;
    }

    /**
     * Serves the queues until {@link #stop()}; returns true when every job it held was finished, false when some
     * were handed back to the queue.
     */
    public boolean run() throws InterruptedException {
        ensureGroups();
        heartbeat.start();
        leases.start();
        log.info("worker {} serving queue(s) {} with {} slot(s), lease {} ms", id, String.join(",", settings.queues()),
                settings.slots(), settings.lease().toMillis());
        Backoff backoff = Backoff.standard();
        while (running) {
            int free = settings.slots() - held.size();
            if (free <= 0) {
                waitForSlot();
                continue;
            }
            try {
                fetch(free).forEach(this::start);
                if (!backoff.firstFailure()) {
                    log.info("reading the queue again");
                }
                backoff.reset();
            } catch (JedisException e) {
                onReadFailure(e, backoff);
            }
        }
        return drain();
    }

    private List<Delivery> fetch(int free) {
        List<Delivery> taken = new ArrayList<>();
        long now = System.nanoTime();
        if (now - lastReap >= settings.reapEvery().toNanos()) {
            lastReap = now;
            taken.addAll(fetcher.reap(free));
            for (Delivery d : taken) {
                counters.reclaimed.incrementAndGet();
                log.info("took over {} ({}) after its lease expired, delivery {}", d.name(), d.entryId(),
                        d.deliveries());
            }
        }
        if (taken.size() < free) {
            taken.addAll(fetcher.read(free - taken.size()));
        }
        return taken;
    }

    private void onReadFailure(JedisException e, Backoff backoff) throws InterruptedException {
        if (Redis.isNoGroup(e)) {
            // Redis restarted without its data or was flushed: recreate the group at the start of the stream.
            log.warn("queue group missing (Redis restarted empty or was flushed?); recreating it");
            try {
                ensureGroups();
            } catch (JedisException again) {
                log.debug("cannot recreate the group yet: {}", again.getMessage());
            }
        } else if (backoff.firstFailure()) {
            log.warn("cannot read the queue: {}; retrying with back-off", e.getMessage());
        }
        backoff.pause();
    }

    private void ensureGroups() {
        for (String queue : settings.queues()) {
            Redis.ensureGroup(redis, keys.jobs(queue));
        }
    }

    private void start(Delivery delivery) {
        held.put(delivery.entryId(), delivery);
        Thread.ofVirtual().name("imgproc-job-" + delivery.entryId()).start(() -> {
            try {
                handler.handle(delivery);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                log.error("unexpected error handling {}; its lease will expire and another worker retries it",
                        delivery.name(), e);
            } finally {
                held.remove(delivery.entryId());
                synchronized (slotFreed) {
                    slotFreed.notifyAll();
                }
            }
        });
    }

    private void waitForSlot() throws InterruptedException {
        synchronized (slotFreed) {
            while (running && held.size() >= settings.slots()) {
                slotFreed.wait(500);
            }
        }
    }

    /** Announces the worker now, with its current counters, instead of at the next heartbeat. */
    public void heartbeatNow() {
        heartbeat.beat();
    }

    /** Stops taking jobs; {@link #run} then drains and returns. Safe to call from a signal handler. */
    public void stop() {
        running = false;
        synchronized (slotFreed) {
            slotFreed.notifyAll();
        }
    }

    private boolean drain() throws InterruptedException {
        if (!held.isEmpty()) {
            log.info("stopping: finishing {} job(s), for up to {} s", held.size(), settings.drain().toSeconds());
        }
        long deadline = System.nanoTime() + settings.drain().toNanos();
        synchronized (slotFreed) {
            while (!held.isEmpty() && System.nanoTime() < deadline) {
                slotFreed.wait(Math.max(1, Duration.ofNanos(deadline - System.nanoTime()).toMillis()));
            }
        }
        boolean drained = held.isEmpty();
        handBack();
        leases.stop();
        heartbeat.stop();
        leases.close();
        heartbeat.close(); // after its last beat, so that leaving the registry is the last word
        heartbeat.deregister();
        log.info("worker {} stopped: {} done, {} failed", id, counters.done.get(), counters.failed.get());
        return drained;
    }

    /** Puts unfinished jobs back on the queue at once, so nobody waits for their leases to expire. */
    private void handBack() {
        for (Delivery delivery : held.values()) {
            if (!delivery.markLost()) {
                continue; // being reported right now, or lost already
            }
            try {
                String outcome = outcomes.fail(delivery, FailMode.HANDBACK, "", "", "");
                log.info("handed {} back to the queue ({})", delivery.name(), outcome);
            } catch (JedisException e) {
                log.warn("could not hand {} back ({}); it returns to the queue when its lease expires",
                        delivery.name(), e.getMessage());
            }
        }
    }
}
