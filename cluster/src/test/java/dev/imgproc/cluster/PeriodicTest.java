package dev.imgproc.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class PeriodicTest {
    /** A shorter wait than Redis's socket timeout, which the real one is, to keep the tests quick. */
    private static final Duration WAIT = Duration.ofSeconds(2);

    @Test
    void closeWaitsAsLongAsARedisCallCanTake() {
        assertThat(Periodic.CLOSE_WAIT).isGreaterThan(Duration.ofMillis(Redis.SOCKET_TIMEOUT_MS));
    }

    @Test
    void closingOneNeverStartedDoesNothing() {
        periodic(() -> { }).close();
    }

    @Test
    void closeReturnsOnlyAfterTheRunInFlightHasEnded() throws Exception {
        // given: a run that has started and, like a socket read, does not stop when interrupted
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Periodic periodic = periodic(() -> {
            started.countDown();
            awaitUninterruptibly(release);
            finished.set(true);
        });
        periodic.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        // when
        CompletableFuture<Void> closing = CompletableFuture.runAsync(periodic::close);

        // then: close waits for the run, and returns once it has ended
        Thread.sleep(200);
        assertThat(closing).isNotDone();
        release.countDown();
        closing.get(10, TimeUnit.SECONDS);
        assertThat(finished).isTrue();
    }

    @Test
    void closeGivesUpOnARunThatDoesNotEnd() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch never = new CountDownLatch(1);
        Periodic periodic = periodic(() -> {
            started.countDown();
            awaitUninterruptibly(never);
        });
        periodic.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

        long begun = System.nanoTime();
        periodic.close();

        assertThat(Duration.ofNanos(System.nanoTime() - begun)).isGreaterThanOrEqualTo(WAIT);
        never.countDown();
    }

    @Test
    void closeWakesATaskWaitingForItsNextRun() throws Exception {
        // an hour between runs: only the interrupt can end the wait before close stops waiting for it
        Periodic periodic = new Periodic("periodic-test", Duration.ofHours(1), () -> { },
                LoggerFactory.getLogger(PeriodicTest.class), "failed: {}", "recovered", WAIT);
        periodic.start();

        long begun = System.nanoTime();
        periodic.close();

        assertThat(Duration.ofNanos(System.nanoTime() - begun)).isLessThan(WAIT);
    }

    private static Periodic periodic(Periodic.Task task) {
        return new Periodic("periodic-test", Duration.ofMillis(10), task, LoggerFactory.getLogger(PeriodicTest.class),
                "failed: {}", "recovered", WAIT);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        while (true) {
            try {
                latch.await();
                return;
            } catch (InterruptedException e) {
                // a socket read on a platform thread goes on too
            }
        }
    }
}
