package dev.imgproc.cli;

import java.util.concurrent.atomic.AtomicReference;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT into a graceful stop. The JVM's own handling runs the shutdown hooks and exits with
 * 143 at once; a worker must instead stop taking jobs, finish what it holds, leave the registry and exit 0.
 * A second signal exits at once, for an impatient Ctrl-C.
 */
final class StopSignals {
    private StopSignals() {}

    static void onStop(Runnable stop) {
        AtomicReference<Runnable> pending = new AtomicReference<>(stop);
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                Runnable action = pending.getAndSet(null);
                if (action == null) {
                    Runtime.getRuntime().exit(128 + signal.getNumber());
                } else {
                    action.run();
                }
            });
        }
    }
}
