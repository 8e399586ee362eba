package io.github.backendnotes.model;

import io.github.backendnotes.TestVaults;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class NoteSummaryTest {

    @Test
    void keepsAnchorsH2LinksAndOnlyThePropertiesACrossFileReportReads() {
        NoteSummary indexed = NoteSummary.of(note("s/01_a.md", """
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

    @Test
    void entriesOfOneRunShareTheirH2TextsAndKeepTheSameAnchors() {
        String text = """
                # %s

                ## Intent / 意圖

                ### Detail

                ## Intent / 意圖

                ## Pitfalls
                """;
        SummaryStore shared = new SummaryStore();
        NoteSummary first = NoteSummary.of(note("s/01_a.md", text.formatted("One")), shared);
        NoteSummary second = NoteSummary.of(note("s/02_b.md", text.formatted("Two")), shared);
        assertEquals(Set.of("one", "intent--意圖", "detail", "intent--意圖-1", "pitfalls"), first.anchors());
        assertEquals(NoteSummary.of(note("s/02_b.md", text.formatted("Two"))), second);
        // one string for a heading the chapters repeat, however many of them have it
        assertSame(first.h2().get(0), second.h2().get(0));
        assertSame(first.h2().get(0), second.h2().get(1));
        assertSame(shared.shared("Pitfalls"), shared.shared(new String("Pitfalls")));
    }
}
