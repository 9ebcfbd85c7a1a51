package dev.imgproc.codec;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;

/**
 * The codec line-ups tests run against: ImageIO alone (what a machine without libjpeg-turbo gets), and libjpeg-turbo
 * in front of it. Tests of the native codec are skipped where the library is missing or disabled; CI installs it, and
 * runs the codec tests a second time with {@code -Dimgproc.native=false}.
 */
final class CodecLineUps {
    private static final TurboJpegCodec TURBO = loadTurbo();

    private CodecLineUps() {}

    private static TurboJpegCodec loadTurbo() {
        try {
            return TurboJpegCodec.load();
        } catch (TurboJpegLibrary.Unavailable e) {
            return null;
        }
    }

    static boolean nativeAvailable() {
        return TURBO != null;
    }

    /** The native codec; skips the test when it is not there. */
    static TurboJpegCodec turbo() {
        assumeTrue(TURBO != null, "libjpeg-turbo is not installed or is disabled");
        return TURBO;
    }

    static Codecs imageIo() {
        return new Codecs(List.of(new ImageIoCodec()));
    }

    /** What {@link Codecs#standard()} is where the library is installed. */
    static Codecs turboThenImageIo() {
        return new Codecs(List.of(turbo(), new ImageIoCodec()));
    }

    /** The native codec with nothing behind it: its own reasons, no fallback. */
    static Codecs turboOnly() {
        return new Codecs(List.of(turbo()));
    }

    /** For {@code @ParameterizedClass}: ImageIO, and libjpeg-turbo then ImageIO when the library is there. */
    static Stream<Named<Codecs>> lineUps() {
        Stream<Named<Codecs>> pureJava = Stream.of(Named.of("ImageIO", imageIo()));
        return nativeAvailable()
                ? Stream.concat(pureJava, Stream.of(Named.of("libjpeg-turbo, then ImageIO", turboThenImageIo())))
                : pureJava;
    }

    /** A photo from the repository's {@code samples/} folder (its path is set by the build). */
    static byte[] sample(String name) {
        Path samples = Path.of(System.getProperty("imgproc.samples", "../samples"));
        try {
            return Files.readAllBytes(samples.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
