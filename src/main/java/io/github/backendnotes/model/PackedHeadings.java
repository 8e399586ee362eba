package io.github.backendnotes.model;

import java.util.AbstractList;
import java.util.Collection;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of headings held in two (shared) arrays: every text one after the other in one of chars, and
 * four numbers a heading in one of ints. An index entry keeps every heading of its note until the cross-file pass (see
 * {@link SummaryStore} for why few objects matter there); {@link #get} builds the heading asked for.
 */
final class PackedHeadings extends AbstractList<Heading> implements RandomAccess {

    private static final PackedHeadings EMPTY = new PackedHeadings(new SummaryStore.Span(new char[0], 0),
            new SummaryStore.Numbers(new int[0], 0), 0);
    /** Per heading: its level, line, column, and where its text ends in {@code texts}, counted from {@code start}. */
    private static final int FIELDS = 4;

    private final char[] texts;
    private final int start;
    private final int[] numbers;
    /** Where this list's numbers start in {@code numbers}. */
    private final int first;
    private final int size;

    private PackedHeadings(SummaryStore.Span texts, SummaryStore.Numbers numbers, int size) {
        this.texts = texts.block();
        this.start = texts.start();
        this.numbers = numbers.block();
        this.first = numbers.start();
        this.size = size;
    }

    /** The headings, in their order; throws NullPointerException for a null one, as {@link List#copyOf} does. */
    static List<Heading> of(Collection<Heading> headings) {
        return of(headings, null);
    }

    /**
     * @param store where the texts are put, even when they are packed already; null to give them an array of their
     *              own
     */
    static List<Heading> of(Collection<Heading> headings, SummaryStore store) {
        if (headings instanceof PackedHeadings packed) {
            return store == null ? packed : packed.into(store);
        }
        if (headings.isEmpty()) {
            return EMPTY;
        }
        StringBuilder texts = new StringBuilder();
        int[] numbers = new int[headings.size() * FIELDS];
        int at = 0;
        for (Heading heading : headings) {
            texts.append(heading.text());
            numbers[at] = heading.level();
            numbers[at + 1] = heading.line();
            numbers[at + 2] = heading.column();
            numbers[at + 3] = texts.length();
            at += FIELDS;
        }
        return store == null
                ? new PackedHeadings(SummaryStore.own(texts), new SummaryStore.Numbers(numbers, 0), headings.size())
                : new PackedHeadings(store.put(texts), store.put(numbers, 0, numbers.length), headings.size());
    }

    /** The same headings with their texts and numbers copied into the store. */
    private PackedHeadings into(SummaryStore store) {
        int length = size == 0 ? 0 : numbers[first + size * FIELDS - 1];
        return new PackedHeadings(store.put(texts, start, length), store.put(numbers, first, size * FIELDS), size);
    }

    @Override
    public Heading get(int index) {
        java.util.Objects.checkIndex(index, size());
        int at = first + index * FIELDS;
        int from = index == 0 ? 0 : numbers[at - 1];
        return new Heading(numbers[at], new String(texts, start + from, numbers[at + 3] - from), numbers[at + 1],
                numbers[at + 2]);
    }

    @Override
    public int size() {
        return size;
    }
}
