package io.github.backendnotes.engine;

import io.github.backendnotes.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarkdownSizeTest {

    @TempDir
    Path root;

    @Test
    void countsTheMarkdownTheWalkWouldList() {
        TestVaults.write(root, "a.md", "12345");
        TestVaults.write(root, "series/b.MD", "123");
        TestVaults.write(root, "series/image.png", "not a note at all");
        TestVaults.write(root, ".obsidian/workspace.md", "hidden folders are skipped");
        TestVaults.write(root, "target/backend-notes/report.md", "so are build folders");
        TestVaults.write(root, "node_modules/pkg/README.md", "and installed packages");
        assertEquals(8, MarkdownSize.upTo(root, 1_000));
    }

    @Test
    void stopsAtTheBound() {
        for (int i = 0; i < 5; i++) {
            TestVaults.write(root, "n" + i + ".md", "x".repeat(100));
        }
        assertEquals(250, MarkdownSize.upTo(root, 250));
        assertEquals(500, MarkdownSize.upTo(root, 10_000));
    }

    @Test
    void aTreeThatIsNotThereHoldsNothing() {
        assertEquals(0, MarkdownSize.upTo(root.resolve("absent"), 1_000));
    }
}
