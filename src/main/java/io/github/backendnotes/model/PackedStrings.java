package io.github.backendnotes.model;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * An unmodifiable set of strings held as three arrays: the strings one after the other in a (shared) array of chars,
 * where each ends, and each one's hash. For the anchors an index entry keeps of every heading of its note (see
 * {@link SummaryStore} for why few objects matter there). {@link #contains} compares hashes first, then the one
 * string whose hash matches; a note has tens of anchors, and a run looks up only those its links name.
 */
final class PackedStrings extends AbstractSet<String> {

    private static final PackedStrings EMPTY = new PackedStrings(new SummaryStore.Span(new char[0], 0), new int[0],
            new int[0]);

    private final char[] chars;
    private final int offset;
    /** Relative to {@code offset}. */
    private final int[] ends;
    private final int[] hashes;

    private PackedStrings(SummaryStore.Span chars, int[] ends, int[] hashes) {
        this.chars = chars.block();
        this.offset = chars.start();
        this.ends = ends;
        this.hashes = hashes;
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
        int[] ends = new int[distinct.size()];
        int[] hashes = new int[ends.length];
        int at = 0;
        for (String string : distinct) {
            chars.append(java.util.Objects.requireNonNull(string));
            ends[at] = chars.length();
            hashes[at] = string.hashCode();
            at++;
        }
        return new PackedStrings(store == null ? SummaryStore.own(chars) : store.put(chars), ends, hashes);
    }

    /** The same strings with their characters in the store: copied as they are, the ends and hashes shared. */
    private PackedStrings into(SummaryStore store) {
        int length = ends.length == 0 ? 0 : ends[ends.length - 1];
        return new PackedStrings(store.put(chars, offset, length), ends, hashes);
    }

    @Override
    public boolean contains(Object value) {
        if (!(value instanceof String wanted)) {
            return false;
        }
        int hash = wanted.hashCode();
        for (int i = 0; i < hashes.length; i++) {
            if (hashes[i] == hash && matches(i, wanted)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int index, String wanted) {
        int start = start(index);
        if (ends[index] - start != wanted.length()) {
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
        return index == 0 ? 0 : ends[index - 1];
    }

    @Override
    public Iterator<String> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < ends.length;
            }

            @Override
            public String next() {
                if (next >= ends.length) {
                    throw new NoSuchElementException();
                }
                int start = start(next);
                String string = new String(chars, offset + start, ends[next] - start);
                next++;
                return string;
            }
        };
    }

    @Override
    public int size() {
        return ends.length;
    }

    @Override
    public int hashCode() {
        int sum = 0;
        for (int hash : hashes) {
            sum += hash;
        }
        return sum;
    }
}
