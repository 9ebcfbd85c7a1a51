package dev.imgproc.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecodeLimitsTest {
    private final Codecs codecs = Codecs.standard();

    @Test
    void aHugeClaimedPngIsRefusedFromItsHeader() {
        byte[] png = HostileFiles.pngClaiming(100_000, 100_000);

        assertThatThrownBy(() -> codecs.decode(png, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessage("100000x100000 pixels (10000 MP) is over the limit of 268 MP (--max-pixels)");
    }

    @Test
    void theLimitIsTheCallersChoice() {
        DecodeOptions tiny = new DecodeOptions(true, 1000);

        assertThatThrownBy(() -> codecs.decode(Fixtures.bytes("rgb.png"), tiny))
                .hasMessage("64x48 pixels (0.00307 MP) is over the limit of 0.001 MP (--max-pixels)");
    }

    @Test
    void anImageAtTheLimitDecodes() throws Exception {
        Decoded decoded = codecs.decode(Fixtures.bytes("rgb.png"), new DecodeOptions(true, 64 * 48));

        assertThat(decoded.image().size()).isEqualTo(decoded.header().stored());
    }

    @Test
    void aHeaderTooLargeForOneArrayIsRefusedEvenUnderARaisedLimit() {
        byte[] png = HostileFiles.pngClaiming(100_000, 100_000);

        assertThatThrownBy(() -> codecs.decode(png, new DecodeOptions(true, Long.MAX_VALUE)))
                .hasMessage("100000x100000 pixels (10000 MP) is more than one image can hold (2147 MP)");
    }

    @Test
    void aBombUnderTheLimitStillFailsCleanlyOnItsMissingData() {
        byte[] png = HostileFiles.pngClaiming(4000, 4000);

        assertThatThrownBy(() -> codecs.decode(png, DecodeOptions.DEFAULT))
                .isInstanceOf(CodecException.class)
                .hasMessageStartingWith("truncated PNG data");
    }
}
