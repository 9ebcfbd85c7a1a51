package dev.imgproc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BytesTest {
    @Test
    void formatsInDecimalUnits() {
        assertThat(Bytes.format(0)).isEqualTo("0 B");
        assertThat(Bytes.format(999)).isEqualTo("999 B");
        assertThat(Bytes.format(1500)).isEqualTo("1.5 KB");
        assertThat(Bytes.format(512_000_000)).isEqualTo("512.0 MB");
        assertThat(Bytes.format(3_400_000_000L)).isEqualTo("3.4 GB");
    }
}
