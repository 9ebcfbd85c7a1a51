package dev.imgproc.cluster;

import java.time.Duration;
import org.slf4j.Logger;
import redis.clients.jedis.exceptions.JedisException;

/**
 * A Redis task run every {@code interval} from a platform thread of its own at high priority: a worker's filters keep
 * every core busy on the compute pool, and a task starved by them (as on a virtual thread or an event loop) would let
 * leases lapse and heartbeats go missing from a healthy worker. While Redis fails, that is logged once when it starts
 * and once when it ends, however many runs it lasts; a failure while closing is not logged. The thread stops when
 * closed, or when the task is interrupted.
 */
public final class Periodic implements AutoCloseable {
    /** One run of the task. */
    @FunctionalInterface
    public interface Task {
        void run() throws InterruptedException;
    }

    /**
     * How long {@link #close} waits for a run in flight: as long as a Redis call can take before its socket times
     * out, and a second more.
     */
    static final Duration CLOSE_WAIT = Duration.ofMillis(Redis.SOCKET_TIMEOUT_MS).plusSeconds(1);

    private final Duration interval;
    private final Task task;
    private final Logger log;
    private final String failing;
    private final String recovered;
    private final Thread thread;
    private final Duration closeWait;
    private volatile boolean running = true;

    /**
     * @param failing the warning when a run first fails: a log pattern whose {@code {}} is Redis's error
     * @param recovered what is logged when a run succeeds again
     */
    public Periodic(String name, Duration interval, Task task, Logger log, String failing, String recovered) {
        this(name, interval, task, log, failing, recovered, CLOSE_WAIT);
    }

    /** As above, waiting at most {@code closeWait} in {@link #close}. */
    Periodic(String name, Duration interval, Task task, Logger log, String failing, String recovered,
            Duration closeWait) {
        this.closeWait = closeWait;
        this.interval = interval;
        this.task = task;
        this.log = log;
        this.failing = failing;
        this.recovered = recovered;
        this.thread = Thread.ofPlatform().name(name).daemon().priority(Thread.MAX_PRIORITY).unstarted(this::loop);
    }

    public void start() {
        thread.start();
    }

    private void loop() {
        boolean failed = false;
        while (running) {
            try {
                Thread.sleep(interval);
                task.run();
                if (failed) {
                    log.info(recovered);
                    failed = false;
                }
            } catch (InterruptedException e) {
                return;
            } catch (JedisException e) {
                if (!failed && running) {
                    log.warn(failing, e.getMessage());
                    failed = true;
                }
            }
        }
    }

    /** Stops the task: no run starts after this, and one waiting for its turn ends at once. Does not wait. */
    public void stop() {
        running = false;
        thread.interrupt();
    }

    /**
     * {@link #stop}s the task and waits for a run in flight to end (up to the Redis socket timeout): what the caller
     * does next must come after the task's last write to Redis. A worker left its registry entry and then saw a
     * heartbeat that was already on the wire put it back (a socket read does not stop for an interrupt on a platform
     * thread). Callers that close several stop them all first, so that the waits overlap.
     */
    @Override
    public void close() {
        stop();
        if (Thread.currentThread() == thread || !thread.isAlive()) {
            return;
        }
        try {
            thread.join(closeWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
