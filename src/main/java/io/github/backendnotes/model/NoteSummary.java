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
 * @param properties   the front-matter fields a cross-file report reads ({@link #PROPERTIES}), as text
 */
public record NoteSummary(String path, Set<String> anchors, List<String> h2, List<Link> links, Suppressions suppressions,
                          java.util.Map<String, String> properties) {

    /** What {@code properties} keeps: the coverage report's title and category; an index entry stays small. */
    public static final java.util.Set<String> PROPERTIES = java.util.Set.of("title", "category");

    public NoteSummary {
        anchors = Set.copyOf(anchors);
        h2 = List.copyOf(h2);
        links = List.copyOf(links);
        properties = java.util.Map.copyOf(properties);
    }

    public static NoteSummary of(Note note) {
        return of(note, new SharedHeadings());
    }

    /** With the H2 texts and their slugs taken from those the run has met already. */
    public static NoteSummary of(Note note, SharedHeadings sharedHeadings) {
        List<String> h2 = new java.util.ArrayList<>();
        List<String> slugs = new java.util.ArrayList<>(note.headings().size());
        for (Heading heading : note.headings()) {
            if (heading.level() == 2) {
                SharedHeadings.Shared shared = sharedHeadings.of(heading.text());
                h2.add(shared.text());
                slugs.add(shared.slug());
            } else {
                slugs.add(Slugs.slug(heading.text()));
            }
        }
        java.util.Map<String, String> properties = new java.util.HashMap<>();
        if (note.frontMatter() != null) {
            for (String key : PROPERTIES) {
                note.frontMatter().text(key).ifPresent(text -> properties.put(key, text));
            }
        }
        return new NoteSummary(note.path(), Slugs.numbered(slugs), h2, note.links(), note.suppressions(), properties);
    }
}
