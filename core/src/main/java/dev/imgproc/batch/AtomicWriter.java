package dev.imgproc.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes files so that no reader, and no later run, ever sees half of one: the bytes go to a hidden temporary file
 * beside the target, which is then renamed over it in one step. Temporary files still open when the JVM is asked to
 * stop (Ctrl-C, SIGTERM) are deleted on the way out.
 */
public final class AtomicWriter {
    /** Ends the name of every temporary file, so that leftovers of a killed run are easy to find. */
    public static final String TEMP_SUFFIX = ".imgproc-tmp";

    private static final Set<Path> IN_PROGRESS = ConcurrentHashMap.newKeySet();
    private static final SecureRandom RANDOM = new SecureRandom();

    static {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(AtomicWriter::deleteInProgress));
    }

    private AtomicWriter() {}

    public static void write(Path target, byte[] bytes) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // not Files.createTempFile: its files are private (0600), the output should get the user's usual mode
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + TEMP_SUFFIX);
        IN_PROGRESS.add(temp);
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
            IN_PROGRESS.remove(temp);
        }
    }

    private static void deleteInProgress() {
        for (Path temp : IN_PROGRESS) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the JVM is exiting; nothing more can be done
            }
        }
    }
}
