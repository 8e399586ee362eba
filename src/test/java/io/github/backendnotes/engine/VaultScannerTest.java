package io.github.backendnotes.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

class VaultScannerTest {

    @TempDir
    Path root;

    @Test
    void skipsHiddenBuildAndExcludedFolders() throws IOException {
        for (String path : List.of("b.md", "a.md", "keep/C.MD", "keep/draft_1.md", "keep/notes.txt",
                ".obsidian/x.md", "sub/.git/y.md", "target/z.md", "node_modules/p/q.md",
                "drafts/d.md", "drafts/sub/e.md")) {
            write(root, path, "# x\n");
        }
        VaultScanner.Scan scan = new VaultScanner(root, List.of("drafts/**", " ", "**/draft_*.md")).scan();
        assertEquals(List.of("a.md", "b.md", "keep/C.MD"), scan.markdownFiles());
        assertEquals(List.of(), scan.unreadable());
        // excluded is "do not check", not "does not exist": listed apart, as link targets
        assertEquals(java.util.Set.of("keep/draft_1.md", "drafts/d.md", "drafts/sub/e.md"), scan.excludedNotes());
        assertEquals(java.util.Set.of("keep/notes.txt"), scan.otherFiles());
    }

    @Test
    void noExcludes() throws IOException {
        write(root, "drafts/d.md", "# x\n");
        write(root, "z/a.md", "# x\n");
        assertEquals(List.of("drafts/d.md", "z/a.md"), new VaultScanner(root, List.of()).scan().markdownFiles());
    }
}
