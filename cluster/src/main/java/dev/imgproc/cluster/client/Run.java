package dev.imgproc.cluster.client;

import dev.imgproc.cluster.Keys;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * One client run: its id, and the epoch nonce stored in its meta key. When Redis loses data (restart without
 * persistence, FLUSHALL) the meta key goes with it; a new epoch marks what was submitted again afterwards.
 */
final class Run {
    private static final SecureRandom RANDOM = new SecureRandom();

    final String id = random(6);
    final Keys keys;
    private volatile String epoch = random(8);

    Run(Keys keys) {
        this.keys = keys;
    }

    String epoch() {
        return epoch;
    }

    String newEpoch() {
        epoch = random(8);
        return epoch;
    }

    String meta() {
        return keys.meta(id);
    }

    /** The keys that live as long as the run. */
    String[] runKeys() {
        return new String[] {keys.meta(id), keys.enqueued(id), keys.done(id), keys.results(id)};
    }

    private static String random(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
