package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;

class IndexedNoteTest {

    @Test
    void keepsAnchorsH2LinksAndOnlyThePropertiesACrossFileReportReads() {
        IndexedNote indexed = IndexedNote.of(note("s/01_a.md", """
                ---
                title: "A"
                category: guide
                created: 2026-01-02
                tags: [a, b]
                summary:
                ---
                # A

                ## Intent

                See [b](02_b.md#setup).

                ## Intent
                """));
        assertEquals(Map.of("title", "A", "category", "guide"), indexed.properties());
        assertEquals(Set.of("a", "intent", "intent-1"), indexed.anchors());
        assertEquals(List.of("Intent", "Intent"), indexed.h2());
        assertEquals(List.of("02_b.md#setup"), indexed.links().stream().map(Link::target).toList());
    }
}
