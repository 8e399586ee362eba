package io.github.backendnotes.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the index entries of one run share, so that the entries kept until the cross-file pass are few objects: the
 * H2 texts the chapters of a series repeat, held once, and large arrays that hold the other headings' texts, the
 * anchors and the links, and the numbers that say where each ends. A young collection copies every entry kept since
 * the one before, and each of those again at the next ones; an array of half a heap region or more is never copied
 * (G1 allocates it outside the young generation), and a smaller one is copied whole at the cost of its bytes, not of
 * the many small objects it replaces. Safe for the workers to use together.
 */
public final class SummaryStore {

    /** Chars in the first shared array; each next one is twice as large, up to {@link #LARGEST_BLOCK}. */
    static final int FIRST_BLOCK = 1 << 14;
    /** 4 MB: half a region or more for G1's default regions on heaps under 32 GB. */
    static final int LARGEST_BLOCK = 1 << 21;

    /** Ints in the first shared array of numbers; each next one is twice as large, up to {@link #LARGEST_NUMBERS}. */
    static final int FIRST_NUMBERS = 1 << 12;
    /** 4 MB, as {@link #LARGEST_BLOCK}. */
    static final int LARGEST_NUMBERS = 1 << 20;

    /** Where a text was put: its array, and where in it the text starts. */
    record Span(char[] block, int start) {
    }

    /** Where numbers were put: their array, and where in it they start. */
    record Numbers(int[] block, int start) {
    }

    private final Map<String, String> texts = new ConcurrentHashMap<>();
    private char[] block = new char[0];
    private int used;
    private int[] numbers = new int[0];
    private int numbersUsed;

    /** The text as first met. */
    public String shared(String text) {
        String shared = texts.get(text);
        return shared != null ? shared : texts.computeIfAbsent(text, first -> first);
    }

    /** The text copied into a shared array; one longer than the largest array gets an array of its own. */
    synchronized Span put(CharSequence text) {
        int length = text.length();
        if (length > LARGEST_BLOCK) {
            return own(text);
        }
        int start = reserve(length);
        copy(text, block, start);
        return new Span(block, start);
    }

    /** As {@link #put(CharSequence)}, for {@code length} characters of an array from {@code from}. */
    synchronized Span put(char[] chars, int from, int length) {
        if (length > LARGEST_BLOCK) {
            return new Span(java.util.Arrays.copyOfRange(chars, from, from + length), 0);
        }
        int start = reserve(length);
        System.arraycopy(chars, from, block, start, length);
        return new Span(block, start);
    }

    /** Where in {@code block} the next {@code length} characters go; a new block when this one has no room. */
    private int reserve(int length) {
        if (block.length - used < length) {
            block = new char[nextSize(block.length, FIRST_BLOCK, LARGEST_BLOCK, length)];
            used = 0;
        }
        int start = used;
        used += length;
        return start;
    }

    /**
     * {@code length} numbers of an array from {@code from}, copied into a shared array of numbers; more than the
     * largest such array get an array of their own.
     */
    synchronized Numbers put(int[] values, int from, int length) {
        if (length > LARGEST_NUMBERS) {
            return new Numbers(java.util.Arrays.copyOfRange(values, from, from + length), 0);
        }
        if (numbers.length - numbersUsed < length) {
            numbers = new int[nextSize(numbers.length, FIRST_NUMBERS, LARGEST_NUMBERS, length)];
            numbersUsed = 0;
        }
        int start = numbersUsed;
        numbersUsed += length;
        System.arraycopy(values, from, numbers, start, length);
        return new Numbers(numbers, start);
    }

    /** The size of the array that follows one of {@code current} (0 for none), for at least {@code length}. */
    private static int nextSize(int current, int first, int largest, int length) {
        return Math.max(current == 0 ? first : Math.min(2 * current, largest), length);
    }

    /** The text in an array of its own, of its length: for an entry made without a store. */
    static Span own(CharSequence text) {
        char[] chars = new char[text.length()];
        copy(text, chars, 0);
        return new Span(chars, 0);
    }

    private static void copy(CharSequence text, char[] into, int at) {
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, builder.length(), into, at);
        } else {
            text.toString().getChars(0, text.length(), into, at);
        }
    }
}
