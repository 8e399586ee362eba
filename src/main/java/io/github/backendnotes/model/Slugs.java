package io.github.backendnotes.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Heading anchors as GitHub makes them (the rules of the {@code github-slugger} package, which reproduces GitHub's
 * output): lower case; letters, marks, decimal digits and connector punctuation kept; spaces to hyphens; the rest
 * dropped.
 */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String headingText) {
        char[] slug = new char[headingText.length()];
        int length = 0;
        for (int i = 0; i < headingText.length(); ) {
            char c = headingText.charAt(i);
            if (c < 128) {
                i++;
                if (c == ' ') {
                    slug[length++] = '-';
                } else if (c >= 'A' && c <= 'Z') {
                    slug[length++] = (char) (c + ('a' - 'A'));
                } else if (keptAscii(c)) {
                    slug[length++] = c;
                }
                continue;
            }
            int cp = headingText.codePointAt(i);
            if (c == '\u03A3' || c == '\u0130' || cp == c && Character.isSurrogate(c)) {
                // the characters whose lower case depends on what surrounds them or is two characters long, and a
                // lone surrogate, which a dropped backtick could join to the next one
                return slugOfLowerCased(headingText);
            }
            i += Character.charCount(cp);
            // otherwise lower-casing the whole text is lower-casing each code point
            int lower = Character.toLowerCase(cp);
            if (Character.charCount(lower) > Character.charCount(cp)) {
                return slugOfLowerCased(headingText);
            }
            if (lower < 128 ? keptAscii((char) lower) : isKeptOther(lower)) {
                length += Character.toChars(lower, slug, length);
            }
        }
        return new String(slug, 0, length);
    }

    /** The slug by the definition: the text without backticks, lower-cased as a whole, then filtered. */
    static String slugOfLowerCased(String headingText) {
        // backticks go first: left in, one after a capital sigma would make it word-final (ς)
        String text = headingText.replace("`", "").toLowerCase(Locale.ROOT);
        char[] slug = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                slug[length++] = '-';
            } else if (cp < 128 ? keptAscii((char) cp) : isKeptOther(cp)) {
                length += Character.toChars(cp, slug, length);
            }
        }
        return new String(slug, 0, length);
    }

    /**
     * Beyond ASCII: what is alphabetic (letters, letter numbers such as Roman numerals, circled letters), a decimal
     * digit, a mark of any kind (the keycap of 1\uFE0F\u20E3 encloses) or connector punctuation.
     */
    private static boolean isKeptOther(int cp) {
        if (Character.isAlphabetic(cp) || Character.isDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.CONNECTOR_PUNCTUATION;
    }

    /** Lower-case letters, digits, '-' and '_': the ASCII a slug keeps. */
    private static boolean keptAscii(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** Every heading's slug, with GitHub's "-1", "-2" suffixes for repeated headings. */
    public static Set<String> anchors(List<Heading> headings) {
        return numbered(headings.stream().map(heading -> slug(heading.text())).toList());
    }

    /** The anchors of headings with these slugs, in document order: see {@link #numberedInOrder}. */
    public static Set<String> numbered(List<String> slugs) {
        return new HashSet<>(numberedInOrder(slugs));
    }

    /**
     * Each heading's anchor, in document order: a repeated slug gets "-1", "-2", …, the next number whose anchor is
     * not taken yet (after two headings "x", a heading "x 1" gets "x-1-1").
     */
    public static List<String> numberedInOrder(List<String> slugs) {
        List<String> anchors = new java.util.ArrayList<>(slugs.size());
        Map<String, Integer> occurrences = new HashMap<>();
        for (String base : slugs) {
            String anchor = base;
            while (occurrences.containsKey(anchor)) {
                anchor = base + "-" + occurrences.merge(base, 1, Integer::sum);
            }
            occurrences.put(anchor, 0);
            anchors.add(anchor);
        }
        return anchors;
    }
}
