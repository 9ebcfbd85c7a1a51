package dev.imgproc.cluster.worker;

import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Periodic;
import dev.imgproc.cluster.Scripts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.clients.jedis.RedisClient;

/**
 * Renews the leases of every job the worker holds, every third of the lease, on a {@link Periodic} thread: a renewal
 * starved by the filters would let a slow but healthy job be taken over and run twice.
 */
final class LeaseKeeper implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final RedisClient redis;
    private final Keys keys;
    private final WorkerSettings settings;
    private final String workerId;
    private final Map<String, Delivery> held;
    private final WorkerCounters counters;
    private final Periodic renewals;

    LeaseKeeper(RedisClient redis, Keys keys, WorkerSettings settings, String workerId, Map<String, Delivery> held,
            WorkerCounters counters) {
        this.redis = redis;
        this.keys = keys;
        this.settings = settings;
        this.workerId = workerId;
        this.held = held;
        this.counters = counters;
        this.renewals = new Periodic("imgproc-lease-keeper", settings.renewEvery(), this::renew, log,
                "cannot renew leases: {}", "lease renewal works again");
    }

    void start() {
        renewals.start();
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

    /** Stops renewing without waiting for a renewal in flight (see {@link Periodic#stop}). */
    void stop() {
        renewals.stop();
    }

    @Override
    public void close() {
        renewals.close();
    }
}
