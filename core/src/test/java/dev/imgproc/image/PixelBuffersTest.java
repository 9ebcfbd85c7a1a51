package dev.imgproc.image;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PixelBuffersTest {
    private final long limit = PixelBuffers.retainedBytes();

    @AfterEach
    void restoreTheLimit() {
        PixelBuffers.retain(limit);
    }

    @Test
    void anArrayGivenBackIsTakenAgainForTheSameLength() {
        int[] array = new int[12_345];
        PixelBuffers.give(array);

        assertThat(PixelBuffers.take(12_345)).isSameAs(array);
        assertThat(PixelBuffers.take(12_345)).isNotSameAs(array).hasSize(12_345);
    }

    @Test
    void anotherLengthGetsANewArray() {
        PixelBuffers.give(new int[1000]);

        assertThat(PixelBuffers.take(1001)).hasSize(1001);
    }

    @Test
    void keepsNoMoreThanTheLimitDroppingTheOldestFirst() {
        PixelBuffers.retain(0);
        PixelBuffers.retain(2 * 4000L);
        int[] oldest = new int[1000];
        int[] middle = new int[1000];
        int[] newest = new int[1000];

        PixelBuffers.give(oldest);
        PixelBuffers.give(middle);
        PixelBuffers.give(newest);

        assertThat(PixelBuffers.take(1000)).isSameAs(newest);
        assertThat(PixelBuffers.take(1000)).isSameAs(middle);
        assertThat(PixelBuffers.take(1000)).isNotSameAs(oldest);
    }

    @Test
    void anArrayLargerThanTheLimitIsNotKept() {
        PixelBuffers.retain(100);
        int[] large = new int[1000];

        PixelBuffers.give(large);

        assertThat(PixelBuffers.take(1000)).isNotSameAs(large);
    }
}
