package io.github.backendnotes.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of links held in two (shared) arrays: each link's target and text one after the other in one
 * of chars, and five numbers a link in one of ints. An index entry keeps every link of its note until the cross-file
 * pass (see {@link SummaryStore} for why few objects matter there); {@link #get} builds the link asked for.
 */
final class PackedLinks extends AbstractList<Link> implements RandomAccess {

    private static final PackedLinks EMPTY = new PackedLinks(new SummaryStore.Span(new char[0], 0),
            new SummaryStore.Numbers(new int[0], 0), 0);
    private static final Link.Kind[] KINDS = Link.Kind.values();
    /** Per link: its kind, line, column, and where its target and its text end in {@code texts}, from {@code start}. */
    private static final int FIELDS = 5;

    private final char[] texts;
    private final int start;
    private final int[] numbers;
    /** Where this list's numbers start in {@code numbers}. */
    private final int first;
    private final int size;

    private PackedLinks(SummaryStore.Span texts, SummaryStore.Numbers numbers, int size) {
        this.texts = texts.block();
        this.start = texts.start();
        this.numbers = numbers.block();
        this.first = numbers.start();
        this.size = size;
    }

    /**
     * The links, in their order; throws NullPointerException for a null one, as {@link List#copyOf} does. A link
     * without a target or a text is kept as it is, in a plain list.
     *
     * @param store where the texts are put, even when they are packed already; null to give them an array of their
     *              own
     */
    static List<Link> of(Collection<Link> links, SummaryStore store) {
        if (links instanceof PackedLinks packed) {
            return store == null ? packed : packed.into(store);
        }
        if (links.isEmpty()) {
            return EMPTY;
        }
        StringBuilder texts = new StringBuilder();
        int[] numbers = new int[links.size() * FIELDS];
        int at = 0;
        for (Link link : links) {
            if (link.target() == null || link.text() == null) {
                return List.copyOf(links);
            }
            numbers[at] = link.kind().ordinal();
            numbers[at + 1] = link.line();
            numbers[at + 2] = link.column();
            numbers[at + 3] = texts.append(link.target()).length();
            numbers[at + 4] = texts.append(link.text()).length();
            at += FIELDS;
        }
        return store == null
                ? new PackedLinks(SummaryStore.own(texts), new SummaryStore.Numbers(numbers, 0), links.size())
                : new PackedLinks(store.put(texts), store.put(numbers, 0, numbers.length), links.size());
    }

    /** The same links with their texts and numbers copied into the store. */
    private PackedLinks into(SummaryStore store) {
        int length = size == 0 ? 0 : numbers[first + size * FIELDS - 1];
        return new PackedLinks(store.put(texts, start, length), store.put(numbers, first, size * FIELDS), size);
    }

    @Override
    public Link get(int index) {
        java.util.Objects.checkIndex(index, size());
        int at = first + index * FIELDS;
        int from = index == 0 ? 0 : numbers[at - 1];
        int targetEnd = numbers[at + 3];
        return new Link(KINDS[numbers[at]], new String(texts, start + from, targetEnd - from),
                new String(texts, start + targetEnd, numbers[at + 4] - targetEnd), numbers[at + 1], numbers[at + 2]);
    }

    @Override
    public int size() {
        return size;
    }
}
