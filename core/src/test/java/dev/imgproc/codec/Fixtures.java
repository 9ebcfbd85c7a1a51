package dev.imgproc.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The files made by {@code scripts/make-test-fixtures.sh}, which documents what each one holds. */
final class Fixtures {
    private Fixtures() {}

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name + " (run scripts/make-test-fixtures.sh)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
