package dev.imgproc.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MemoryBudgetTest {

    @Test
    void reservationsWaitUntilEnoughIsReleased() throws Exception {
        MemoryBudget budget = new MemoryBudget(100 * 1024);
        MemoryBudget.Reservation first = budget.reserve(60 * 1024);
        CountDownLatch secondHeld = new CountDownLatch(1);

        Thread second = Thread.ofVirtual().start(() -> {
            try (MemoryBudget.Reservation ignored = budget.reserve(60 * 1024)) {
                secondHeld.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        assertThat(secondHeld.await(200, TimeUnit.MILLISECONDS)).as("second waits while first holds").isFalse();
        first.close();
        assertThat(secondHeld.await(10, TimeUnit.SECONDS)).as("second runs once first is released").isTrue();
        second.join();
        assertThat(budget.availableBytes()).isEqualTo(100 * 1024);
    }

    @Test
    void aReservationLargerThanTheBudgetTakesAllOfItInsteadOfWaitingForever() throws Exception {
        MemoryBudget budget = new MemoryBudget(100 * 1024);

        try (MemoryBudget.Reservation huge = budget.reserve(10L * 1024 * 1024 * 1024)) {
            assertThat(budget.availableBytes()).isZero();
        }
        assertThat(budget.availableBytes()).isEqualTo(100 * 1024);
    }

    @Test
    void closingTwiceReleasesOnce() throws Exception {
        MemoryBudget budget = new MemoryBudget(10 * 1024);
        MemoryBudget.Reservation reservation = budget.reserve(4 * 1024);

        reservation.close();
        reservation.close();

        assertThat(budget.availableBytes()).isEqualTo(10 * 1024);
    }
}
