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
 * @param headings     every heading, for links that name one by its text (Obsidian's {@code #Heading#Sub})
 * @param targets      the note's GitHub anchors (as {@code anchors}), HTML anchors and block ids
 * @param terms        for a chapter, each term its rubric's series checks name (by key), whether the chapter holds
 *                     it: a handful of booleans, not the text
 */
public record NoteSummary(String path, Set<String> anchors, List<String> h2, List<Link> links, Suppressions suppressions,
                          java.util.Map<String, String> properties, List<Heading> headings, LinkTargets targets,
                          java.util.Map<String, Boolean> terms) {

    /** What {@code properties} keeps: the coverage report's title and category; an index entry stays small. */
    public static final java.util.Set<String> PROPERTIES = java.util.Set.of("title", "category");

    public NoteSummary {
        anchors = PackedStrings.of(anchors);
        h2 = List.copyOf(h2);
        links = PackedLinks.of(links, null);
        properties = java.util.Map.copyOf(properties);
        headings = PackedHeadings.of(headings);
        if (targets == null) {
            targets = new LinkTargets(anchors, Set.of(), Set.of());
        }
        terms = java.util.Map.copyOf(terms);
    }

    public NoteSummary(String path, Set<String> anchors, List<String> h2, List<Link> links, Suppressions suppressions,
                       java.util.Map<String, String> properties, List<Heading> headings, LinkTargets targets) {
        this(path, anchors, h2, links, suppressions, properties, headings, targets, java.util.Map.of());
    }

    /** This entry with what the chapter holds of the terms its series checks name. */
    public NoteSummary withTerms(java.util.Map<String, Boolean> found) {
        return new NoteSummary(path, anchors, h2, links, suppressions, properties, headings, targets, found);
    }

    /** An entry without headings, whose only link targets are these anchors. */
    public NoteSummary(String path, Set<String> anchors, List<String> h2, List<Link> links, Suppressions suppressions,
                       java.util.Map<String, String> properties) {
        this(path, anchors, h2, links, suppressions, properties, List.of(), null);
    }

    public static NoteSummary of(Note note) {
        return of(note, new SummaryStore());
    }

    /** With the H2 texts taken from those the run has met already, the other texts put in the run's arrays. */
    public static NoteSummary of(Note note, SummaryStore store) {
        List<String> h2 = new java.util.ArrayList<>();
        for (Heading heading : note.headings()) {
            if (heading.level() == 2) {
                h2.add(store.shared(heading.text()));
            }
        }
        LinkTargets targets = note.targets();
        targets = new LinkTargets(PackedStrings.of(targets.slugs(), store), targets.htmlIds(),
                targets.blockIds());
        java.util.Map<String, String> properties = new java.util.HashMap<>();
        if (note.frontMatter() != null) {
            for (String key : PROPERTIES) {
                note.frontMatter().text(key).ifPresent(text -> properties.put(key, text));
            }
        }
        return new NoteSummary(note.path(), targets.slugs(), h2, PackedLinks.of(note.links(), store),
                note.suppressions(), properties, PackedHeadings.of(note.headings(), store), targets);
    }
}
