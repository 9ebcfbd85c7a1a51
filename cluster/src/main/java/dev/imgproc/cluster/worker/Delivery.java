package dev.imgproc.cluster.worker;

import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A work-stream entry this worker holds, from the moment it is read (or claimed) until it is completed, failed or
 * handed back. Its lease is renewed all that time; once {@link #lost} is set another worker may run it, and its
 * result must be dropped.
 *
 * @param deliveries how many times Redis has delivered it (this delivery included)
 */
record Delivery(String queue, String entryId, Map<String, String> fields, long deliveries, AtomicBoolean lost) {
    Delivery(String queue, String entryId, Map<String, String> fields, long deliveries) {
        this(queue, entryId, fields, deliveries, new AtomicBoolean());
    }

    String name() {
        return fields.getOrDefault("name", entryId);
    }
}
