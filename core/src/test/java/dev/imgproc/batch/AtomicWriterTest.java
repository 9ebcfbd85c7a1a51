package dev.imgproc.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
    @TempDir
    Path dir;

    @Test
    void writesReplacesAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("sub/out.jpg");

        AtomicWriter.write(target, new byte[] {1, 2, 3});
        AtomicWriter.write(target, new byte[] {4, 5});

        assertThat(target).hasBinaryContent(new byte[] {4, 5});
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void outputsAreReadableByOthersNotPrivateLikeTempFiles() throws IOException {
        Path target = dir.resolve("out.jpg");

        AtomicWriter.write(target, new byte[] {1});

        // the usual umask (022 or 002) leaves files readable by others; Files.createTempFile would give 0600
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
    }
}
