package io.github.backendnotes.model;

import java.util.List;
import java.util.Set;

/**
 * What a link's fragment can name in a note, besides its headings' texts.
 *
 * @param slugs    the headings' anchors as GitHub makes them, numbered in document order
 * @param htmlIds  the {@code id} and {@code name} attributes of the note's HTML ({@code <a name="x">})
 * @param blockIds Obsidian block ids: the {@code ^id} that ends a paragraph or list item, or stands after a table
 */
public record LinkTargets(Set<String> slugs, Set<String> htmlIds, Set<String> blockIds) {

    public static final LinkTargets NONE = new LinkTargets(Set.of(), Set.of(), Set.of());

    public LinkTargets {
        slugs = PackedStrings.of(slugs);
        htmlIds = Set.copyOf(htmlIds);
        blockIds = Set.copyOf(blockIds);
    }

    /** Only the headings' anchors, worked out from their texts as the model keeps them. */
    public static LinkTargets ofHeadings(List<Heading> headings) {
        return new LinkTargets(Slugs.anchors(headings), Set.of(), Set.of());
    }
}
