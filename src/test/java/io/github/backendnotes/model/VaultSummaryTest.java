package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VaultSummaryTest {

    private static VaultSummary of(String... paths) {
        Map<String, NoteSummary> notes = new HashMap<>();
        for (String path : paths) {
            notes.put(path, new NoteSummary(path, Set.of(), List.of(), List.of(), Suppressions.NONE, Map.of()));
        }
        return new VaultSummary(notes, Set.of("go/diagram.png"));
    }

    @Test
    void notesUnderAFolderAreItsNotesAtAnyDepthInOrder() {
        VaultSummary vault = of("go/02_b.md", "go/01_a.md", "go/deep/03_c.md", "go-extra/01_x.md", "gob.md",
                "rust/01_r.md", "readme.md");
        assertEquals(List.of("go/01_a.md", "go/02_b.md", "go/deep/03_c.md"), vault.notesUnder("go"));
        assertEquals(List.of("go/deep/03_c.md"), vault.notesUnder("go/deep"));
        assertEquals(List.of("go-extra/01_x.md"), vault.notesUnder("go-extra"));
        assertEquals(List.of(), vault.notesUnder("java"));
        assertEquals(List.of(), vault.notesUnder("go/01_a.md"));
        assertEquals(List.of("go-extra/01_x.md", "go/01_a.md", "go/02_b.md", "go/deep/03_c.md", "gob.md",
                "readme.md", "rust/01_r.md"), vault.notesUnder(""));
    }
}
