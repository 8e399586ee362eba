package io.github.backendnotes.snippets;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a program's scratch folder once it has run: its binary is not kept, its outcome is cached. */
final class ScratchFolders {

    private ScratchFolders() {
    }

    static void delete(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a file left behind costs disk space in the output directory, nothing else
                }
            });
        } catch (IOException e) {
            // likewise
        }
    }
}
