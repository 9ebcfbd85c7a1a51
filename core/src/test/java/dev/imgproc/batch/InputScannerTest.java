package dev.imgproc.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {
    @TempDir
    Path dir;

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, new byte[] {1});
        }
    }

    private List<String> scan(List<String> include, List<String> exclude, Path outputDir) throws BatchException {
        return new InputScanner(include, exclude, outputDir).scan(List.of(dir)).stream()
                .map(item -> item.relative().toString())
                .toList();
    }

    @Test
    void walksFoldersRecursivelyTakingImageExtensionsInAStableOrder() throws Exception {
        touch("b.jpg", "a.PNG", "sub/c.jpeg", "sub/deeper/d.webp", "notes.txt", "e.tif", "raw.cr2");

        assertThat(scan(List.of(), List.of(), dir.resolve("out")))
                .containsExactly("a.PNG", "b.jpg", "e.tif", "sub/c.jpeg", "sub/deeper/d.webp");
    }

    @Test
    void skipsHiddenFilesAndFoldersAndTheOutputFolderInsideTheInput() throws Exception {
        touch("a.jpg", ".hidden.jpg", ".cache/b.jpg", "out/a.jpg", "keep/c.jpg");

        assertThat(scan(List.of(), List.of(), dir.resolve("out"))).containsExactly("a.jpg", "keep/c.jpg");
    }

    @Test
    void includeReplacesTheExtensionRuleAndExcludeWins() throws Exception {
        touch("a.jpg", "b.png", "scan.dat", "2023/x.jpg", "2024/y.jpg");

        assertThat(scan(List.of("*.jpg", "*.dat"), List.of("2023/**"), dir.resolve("out")))
                .containsExactly("2024/y.jpg", "a.jpg", "scan.dat");
    }

    @Test
    void filesGivenDirectlyAreTakenWhateverTheirName() throws Exception {
        touch("photo.bin");

        List<BatchItem> items = new InputScanner(List.of(), List.of(), dir.resolve("out"))
                .scan(List.of(dir.resolve("photo.bin")));

        assertThat(items).containsExactly(new BatchItem(dir.resolve("photo.bin"), Path.of("photo.bin")));
    }

    @Test
    void aMissingInputIsNoInput() {
        assertThatThrownBy(() -> new InputScanner(List.of(), List.of(), dir).scan(List.of(dir.resolve("gone"))))
                .isInstanceOfSatisfying(BatchException.class, e -> assertThat(e.kind())
                        .isEqualTo(BatchException.Kind.NO_INPUT))
                .hasMessage(dir.resolve("gone") + ": no such file or folder");
    }

    @Test
    void anInvalidGlobIsRejectedWithThePattern() {
        assertThatThrownBy(() -> Globs.compile("[a-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid glob \"[a-\"");
    }
}
