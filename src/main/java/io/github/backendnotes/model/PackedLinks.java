package io.github.backendnotes.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of links held as two arrays: each link's target and text one after the other in a (shared)
 * array of chars, and five numbers a link. An index entry keeps every link of its note until the cross-file pass
 * (see {@link SummaryStore} for why few objects matter there); {@link #get} builds the link asked for.
 */
final class PackedLinks extends AbstractList<Link> implements RandomAccess {

    private static final PackedLinks EMPTY = new PackedLinks(new SummaryStore.Span(new char[0], 0), new int[0]);
    private static final Link.Kind[] KINDS = Link.Kind.values();
    /** Per link: its kind, line, column, and where its target and its text end in {@code texts}, from {@code start}. */
    private static final int FIELDS = 5;

    private final char[] texts;
    private final int start;
    private final int[] numbers;

    private PackedLinks(SummaryStore.Span texts, int[] numbers) {
        this.texts = texts.block();
        this.start = texts.start();
        this.numbers = numbers;
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
        return new PackedLinks(store == null ? SummaryStore.own(texts) : store.put(texts), numbers);
    }

    /** The same links with their texts in the store: copied as they are, the numbers shared. */
    private PackedLinks into(SummaryStore store) {
        int length = numbers.length == 0 ? 0 : numbers[numbers.length - 1];
        return new PackedLinks(store.put(texts, start, length), numbers);
    }

    @Override
    public Link get(int index) {
        java.util.Objects.checkIndex(index, size());
        int at = index * FIELDS;
        int from = index == 0 ? 0 : numbers[at - 1];
        int targetEnd = numbers[at + 3];
        return new Link(KINDS[numbers[at]], new String(texts, start + from, targetEnd - from),
                new String(texts, start + targetEnd, numbers[at + 4] - targetEnd), numbers[at + 1], numbers[at + 2]);
    }

    @Override
    public int size() {
        return numbers.length / FIELDS;
    }
}
