package io.github.backendnotes.model;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable set of strings held in two (shared) arrays: the strings one after the other in one of chars, and
 * where each ends and its hash in one of ints. For the anchors an index entry keeps of every heading of its note (see
 * {@link SummaryStore} for why few objects matter there). {@link #contains} compares hashes first, then the one
 * string whose hash matches; a note has tens of anchors, and a run looks up only those its links name.
 */
final class PackedStrings extends AbstractSet<String> {

    private static final PackedStrings EMPTY = new PackedStrings(new SummaryStore.Span(new char[0], 0),
            new SummaryStore.Numbers(new int[0], 0), 0);
    /** Per string: where it ends in {@code chars}, counted from {@code offset}, and its hash. */
    private static final int FIELDS = 2;

    private final char[] chars;
    private final int offset;
    private final int[] numbers;
    /** Where this set's numbers start in {@code numbers}. */
    private final int first;
    private final int size;

    private PackedStrings(SummaryStore.Span chars, SummaryStore.Numbers numbers, int size) {
        this.chars = chars.block();
        this.offset = chars.start();
        this.numbers = numbers.block();
        this.first = numbers.start();
        this.size = size;
    }

    /**
     * The strings, each once, in the collection's order; throws NullPointerException for a null one, as
     * {@link Set#copyOf} does.
     */
    static Set<String> of(Collection<String> strings) {
        return of(strings, null);
    }

    /**
     * @param store where the strings are put, even when they are packed already; null to give them an array of
     *              their own
     */
    static Set<String> of(Collection<String> strings, SummaryStore store) {
        if (strings instanceof PackedStrings packed) {
            return store == null ? packed : packed.into(store);
        }
        if (strings.isEmpty()) {
            return EMPTY;
        }
        Collection<String> distinct = strings instanceof Set<?> ? strings : new LinkedHashSet<>(strings);
        StringBuilder chars = new StringBuilder();
        int[] numbers = new int[distinct.size() * FIELDS];
        int at = 0;
        for (String string : distinct) {
            chars.append(java.util.Objects.requireNonNull(string));
            numbers[at] = chars.length();
            numbers[at + 1] = string.hashCode();
            at += FIELDS;
        }
        return store == null
                ? new PackedStrings(SummaryStore.own(chars), new SummaryStore.Numbers(numbers, 0), distinct.size())
                : new PackedStrings(store.put(chars), store.put(numbers, 0, numbers.length), distinct.size());
    }

    /** The same strings with their characters and numbers copied into the store. */
    private PackedStrings into(SummaryStore store) {
        int length = size == 0 ? 0 : end(size - 1);
        return new PackedStrings(store.put(chars, offset, length), store.put(numbers, first, size * FIELDS), size);
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof String wanted)) {
            return false;
        }
        int hash = wanted.hashCode();
        for (int i = 0; i < size; i++) {
            if (numbers[first + i * FIELDS + 1] == hash && matches(i, wanted)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int index, String wanted) {
        int start = start(index);
        if (end(index) - start != wanted.length()) {
            return false;
        }
        for (int i = 0; i < wanted.length(); i++) {
            if (chars[offset + start + i] != wanted.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int start(int index) {
        return index == 0 ? 0 : end(index - 1);
    }

    private int end(int index) {
        return numbers[first + index * FIELDS];
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < size;
            }

            @Override
            public String next() {
                if (next >= size) {
                    throw new NoSuchElementException();
                }
                int start = start(next);
                String string = new String(chars, offset + start, end(next) - start);
                next++;
                return string;
            }
        };
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int hashCode() {
        int sum = 0;
        for (int i = 0; i < size; i++) {
            sum += numbers[first + i * FIELDS + 1];
        }
        return sum;
    }
}
