package dev.imgproc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ConvertersTest {
    private final Converters.Count count = new Converters.Count();
    private final Converters.ByteSize bytes = new Converters.ByteSize();

    @Test
    void countsTakeDecimalSuffixes() {
        assertThat(count.convert("268402689")).isEqualTo(268_402_689L);
        assertThat(count.convert("100k")).isEqualTo(100_000L);
        assertThat(count.convert("268M")).isEqualTo(268_000_000L);
        assertThat(count.convert("1.5G")).isEqualTo(1_500_000_000L);
    }

    @Test
    void byteSizesTakeDecimalAndBinaryUnits() {
        assertThat(bytes.convert("4096")).isEqualTo(4096L);
        assertThat(bytes.convert("512MB")).isEqualTo(512_000_000L);
        assertThat(bytes.convert("2GiB")).isEqualTo(2L << 30);
        assertThat(bytes.convert("100k")).isEqualTo(100_000L);
    }

    @Test
    void nonsenseSaysWhatWasExpected() {
        assertThatThrownBy(() -> bytes.convert("lots"))
                .isInstanceOf(TypeConversionException.class)
                .hasMessage("expected a size like 512MB, 2GiB or 100k but got \"lots\"");
    }
}
