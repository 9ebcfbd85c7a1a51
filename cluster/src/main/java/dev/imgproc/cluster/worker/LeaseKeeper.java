package dev.imgproc.cluster.worker;

import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Scripts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Renews the leases of every job the worker holds, from a platform thread of its own at high priority: filters
 * keep every core busy on the compute pool, and a renewal starved by them (as on a virtual thread or an event loop)
 * would let a slow but healthy job be taken over and run twice.
 */
final class LeaseKeeper implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final RedisClient redis;
    private final Keys keys;
    private final WorkerSettings settings;
    private final String workerId;
    private final Map<String, Delivery> held;
    private final WorkerCounters counters;
    private final Thread thread;
    private volatile boolean running = true;

    LeaseKeeper(RedisClient redis, Keys keys, WorkerSettings settings, String workerId, Map<String, Delivery> held,
            WorkerCounters counters) {
        this.redis = redis;
        this.keys = keys;
        this.settings = settings;
        this.workerId = workerId;
        this.held = held;
        this.counters = counters;
        this.thread = Thread.ofPlatform().name("imgproc-lease-keeper").daemon().priority(Thread.MAX_PRIORITY)
                .unstarted(this::loop);
    }

    void start() {
        thread.start();
    }

    private void loop() {
        boolean failing = false;
        while (running) {
            try {
                Thread.sleep(settings.renewEvery());
            } catch (InterruptedException e) {
                return;
            }
            try {
                renew();
                if (failing) {
                    log.info("lease renewal works again");
                    failing = false;
                }
            } catch (JedisException e) {
                if (!failing) {
                    log.warn("cannot renew leases: {}", e.getMessage());
                    failing = true;
                }
            }
        }
    }

    /** One script call per queue; entries it reports as no longer ours are marked lost. */
    void renew() {
        Map<String, List<Delivery>> byQueue = held.values().stream()
                .filter(d -> !d.lost())
                .collect(Collectors.groupingBy(Delivery::queue));
        for (Map.Entry<String, List<Delivery>> queue : byQueue.entrySet()) {
            List<String> args = new ArrayList<>();
            args.add(workerId);
            queue.getValue().forEach(d -> args.add(d.entryId()));
            Object lost = Scripts.RENEW.run(redis, Bytes.all(keys.jobs(queue.getKey())),
                    Bytes.all(args.toArray(String[]::new)));
            markLost(queue.getValue(), (Collection<?>) lost);
        }
    }

    private void markLost(List<Delivery> deliveries, Collection<?> lostIds) {
        for (Object id : lostIds) {
            String entryId = Bytes.text(id);
            for (Delivery delivery : deliveries) {
                if (delivery.entryId().equals(entryId) && delivery.markLost()) {
                    counters.leasesLost.incrementAndGet();
                    log.warn("lost the lease on {} ({}): another worker may run it; its result here will be dropped",
                            delivery.name(), entryId);
                }
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
