package dev.imgproc.engine;

import java.util.concurrent.Semaphore;

/**
 * Bytes of image memory shared by the jobs in flight. A reservation larger than the whole budget is cut down to the
 * budget, so a huge image waits until it can run alone instead of never running.
 */
final class MemoryBudget {
    private static final int UNIT = 1024;

    private final Semaphore permits;
    private final int totalUnits;

    MemoryBudget(long bytes) {
        this.totalUnits = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / UNIT));
        this.permits = new Semaphore(totalUnits, true);
    }

    /** Blocks until {@code bytes} (or the whole budget, if less) are free and holds them for the caller. */
    Reservation reserve(long bytes) throws InterruptedException {
        int units = (int) Math.min(totalUnits, Math.max(1, (bytes + UNIT - 1) / UNIT));
        permits.acquire(units);
        return new Reservation(units);
    }

    long availableBytes() {
        return (long) permits.availablePermits() * UNIT;
    }

    final class Reservation implements AutoCloseable {
        private int units;

        private Reservation(int units) {
            this.units = units;
        }

        @Override
        public void close() {
            if (units > 0) {
                permits.release(units);
                units = 0;
            }
        }
    }
}
