package dev.imgproc.cluster.worker;

import dev.imgproc.cluster.Bytes;
import dev.imgproc.cluster.Keys;
import dev.imgproc.cluster.Scripts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XReadGroupParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * Takes work for free slots only: new entries with XREADGROUP, and entries whose lease expired with the reaper
 * script. Never reads ahead: an entry's idle time starts when it is delivered, so entries buffered here would age
 * and be taken over by others while they wait.
 */
final class JobFetcher {
    private final RedisClient redis;
    private final Keys keys;
    private final WorkerSettings settings;
    private final String workerId;

    JobFetcher(RedisClient redis, Keys keys, WorkerSettings settings, String workerId) {
        this.redis = redis;
        this.keys = keys;
        this.settings = settings;
        this.workerId = workerId;
    }

    /**
     * New entries, waiting up to the block time for some. With several queues each is asked for its share of the
     * free slots (rounded up), so a worker may briefly hold a few more jobs than slots; the engine queues those.
     */
    List<Delivery> read(int free) {
        List<String> queues = settings.queues();
        Map<String, StreamEntryID> streams = new LinkedHashMap<>();
        for (String queue : queues) {
            streams.put(keys.jobs(queue), StreamEntryID.XREADGROUP_UNDELIVERED_ENTRY);
        }
        int count = (free + queues.size() - 1) / queues.size();
        XReadGroupParams params = XReadGroupParams.xReadGroupParams()
                .count(count)
                .block((int) settings.block().toMillis());
        List<Map.Entry<String, List<StreamEntry>>> reply = redis.xreadGroup(Keys.GROUP, workerId, params, streams);
        List<Delivery> deliveries = new ArrayList<>();
        if (reply == null) {
            return deliveries;
        }
        for (Map.Entry<String, List<StreamEntry>> stream : reply) {
            String queue = queueOf(stream.getKey());
            for (StreamEntry entry : stream.getValue()) {
                deliveries.add(new Delivery(queue, entry.getID().toString(), entry.getFields(), 1));
            }
        }
        return deliveries;
    }

    /** Entries of dead or frozen workers, claimed for this one; crash loops go to the dead-letter stream instead. */
    List<Delivery> reap(int free) {
        List<Delivery> claimed = new ArrayList<>();
        for (String queue : settings.queues()) {
            if (claimed.size() >= free) {
                break;
            }
            Object reply = Scripts.REAP.run(redis, Bytes.all(keys.jobs(queue), keys.dead(queue)),
                    Bytes.all(keys.prefix(), workerId, Long.toString(settings.lease().toMillis()),
                            Integer.toString(settings.maxAttempts()), Integer.toString(free - claimed.size())));
            for (Object item : (List<?>) reply) {
                List<?> parts = (List<?>) item;
                claimed.add(new Delivery(queue, Bytes.text(parts.get(0)), fields((List<?>) parts.get(2)),
                        (Long) parts.get(1)));
            }
        }
        return claimed;
    }

    private String queueOf(String stream) {
        for (String queue : settings.queues()) {
            if (keys.jobs(queue).equals(stream)) {
                return queue;
            }
        }
        throw new IllegalStateException("reply for a stream not asked for: " + stream);
    }

    private static Map<String, String> fields(List<?> flat) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < flat.size(); i += 2) {
            fields.put(Bytes.text(flat.get(i)), Bytes.text(flat.get(i + 1)));
        }
        return fields;
    }
}
