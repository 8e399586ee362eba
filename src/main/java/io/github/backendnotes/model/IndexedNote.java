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
 * @param properties   the front matter's single-valued fields as text (title, category, …)
 */
public record IndexedNote(String path, Set<String> anchors, List<String> h2, List<Link> links, Suppressions suppressions,
                          java.util.Map<String, String> properties) {

    public IndexedNote {
        anchors = Set.copyOf(anchors);
        h2 = List.copyOf(h2);
        links = List.copyOf(links);
        properties = java.util.Map.copyOf(properties);
    }

    public static IndexedNote of(Note note) {
        List<String> h2 = note.headings().stream().filter(h -> h.level() == 2).map(Heading::text).toList();
        java.util.Map<String, String> properties = new java.util.HashMap<>();
        if (note.frontMatter() != null) {
            note.frontMatter().fields().forEach((key, field) -> {
                if (field.value() instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
                    properties.put(key, scalar.text());
                }
            });
        }
        return new IndexedNote(note.path(), Slugs.anchors(note.headings()), h2, note.links(), note.suppressions(), properties);
    }
}
