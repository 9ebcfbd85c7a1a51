package dev.imgproc.cluster.worker;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A work-stream entry this worker holds, from the moment it is read (or claimed) until it is completed, failed or
 * handed back. Its lease is renewed all that time. Once it is {@link State#LOST}, another worker may run it and its
 * result here must be dropped; once {@link State#REPORTING}, the report script's own owner check decides, because a
 * renewal racing with the report would see the entry already acknowledged and wrongly call it lost.
 *
 * @param deliveries how many times Redis has delivered it (this delivery included)
 */
record Delivery(String queue, String entryId, Map<String, String> fields, long deliveries, AtomicReference<State> state) {
    enum State {
        RUNNING,
        REPORTING,
        LOST
    }

    Delivery(String queue, String entryId, Map<String, String> fields, long deliveries) {
        this(queue, entryId, fields, deliveries, new AtomicReference<>(State.RUNNING));
    }

    String name() {
        return fields.getOrDefault("name", entryId);
    }

    boolean lost() {
        return state.get() == State.LOST;
    }

    /** Marks it lost unless its outcome is being reported; returns whether it was marked now. */
    boolean markLost() {
        return state.compareAndSet(State.RUNNING, State.LOST);
    }

    /** Redis says the entry is gone (NOGROUP): lost whatever the state. */
    void forceLost() {
        state.set(State.LOST);
    }

    /** Claims the right to report its outcome; false when it was lost first. */
    boolean startReporting() {
        return state.compareAndSet(State.RUNNING, State.REPORTING);
    }
}
