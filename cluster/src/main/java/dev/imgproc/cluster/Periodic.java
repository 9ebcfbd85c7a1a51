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

    private final Duration interval;
    private final Task task;
    private final Logger log;
    private final String failing;
    private final String recovered;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param failing the warning when a run first fails: a log pattern whose {@code {}} is Redis's error
     * @param recovered what is logged when a run succeeds again
     */
    public Periodic(String name, Duration interval, Task task, Logger log, String failing, String recovered) {
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

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
