package io.github.backendnotes.model;

import java.util.List;
import java.util.Set;

/**
 * The compact part of a note that cross-file rules read: no text, no sections.
 *
 * @param anchors  GitHub-style slugs of every heading
 * @param h2       the H2 headings' texts, in order (what decides a chapter's kind)
 * @param links    every link outside code
 * @param suppressions the note's inline suppressions, applied to every finding about it
 */
public record IndexedNote(String path, Set<String> anchors, List<String> h2, List<Link> links, Suppressions suppressions) {

    public IndexedNote {
        anchors = Set.copyOf(anchors);
        h2 = List.copyOf(h2);
        links = List.copyOf(links);
    }

    public static IndexedNote of(Note note) {
        List<String> h2 = note.headings().stream().filter(h -> h.level() == 2).map(Heading::text).toList();
        return new IndexedNote(note.path(), Slugs.anchors(note.headings()), h2, note.links(), note.suppressions());
    }
}
