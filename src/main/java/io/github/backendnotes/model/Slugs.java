package io.github.backendnotes.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Heading anchors as GitHub makes them: lower case, punctuation dropped, spaces to hyphens, CJK kept. */
public final class Slugs {

    private Slugs() {
    }

    public static String slug(String headingText) {
        String ascii = asciiSlug(headingText);
        if (ascii != null) {
            return ascii;
        }
        // backticks go first: left in, one after a capital sigma would make it word-final (ς); then lower-cased as
        // a whole, since a few characters change length
        String text = headingText.replace("`", "").toLowerCase(Locale.ROOT);
        char[] slug = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == ' ') {
                slug[length++] = '-';
            } else if (cp < 128) {
                // a cheaper test than the Unicode one below (upper case is gone already)
                if (keptAscii((char) cp)) {
                    slug[length++] = (char) cp;
                }
            } else if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK) {
                length += Character.toChars(cp, slug, length);
            }
        }
        return new String(slug, 0, length);
    }

    /** The slug of an all-ASCII text in one pass (most headings); null when the text has other characters. */
    private static String asciiSlug(String text) {
        char[] slug = new char[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (c == ' ') {
                slug[length++] = '-';
            } else if (c >= 'A' && c <= 'Z') {
                slug[length++] = (char) (c + ('a' - 'A'));
            } else if (keptAscii(c)) {
                slug[length++] = c;
            }
        }
        return new String(slug, 0, length);
    }

    /** Lower-case letters, digits, '-' and '_': the ASCII a slug keeps. */
    private static boolean keptAscii(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_';
    }

    /** Every heading's slug, with GitHub's "-1", "-2" suffixes for repeated headings. */
    public static Set<String> anchors(List<Heading> headings) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Heading heading : headings) {
            String base = slug(heading.text());
            int count = seen.merge(base, 1, Integer::sum) - 1;
            anchors.add(count == 0 ? base : base + "-" + count);
        }
        return anchors;
    }
}
