package io.github.backendnotes.rules.section;

import java.util.Locale;
import java.util.Set;

/** What a sentence count passes over: quotations, parentheses, abbreviations and ellipses. */
final class Quotes {

    private static final String OPENERS = "「『（(“\"";
    private static final String CLOSERS = "」』）)”\"";
    /** How far a closing mark is looked for: a bound that keeps a run of unclosed marks from costing n². */
    private static final int LONGEST_QUOTE = 1000;
    private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "etc", "cf", "eg", "ie");

    private Quotes() {
    }

    /**
     * Where the quotation or parenthesis opening at {@code i} closes (the index after its closing mark), or
     * {@code i} when none opens there or it never closes in the text: an unclosed mark hides nothing.
     */
    static int closing(String text, int i) {
        int kind = OPENERS.indexOf(text.charAt(i));
        if (kind < 0) {
            return i;
        }
        char open = OPENERS.charAt(kind);
        char close = CLOSERS.charAt(kind);
        int depth = 0;
        int limit = Math.min(text.length(), i + LONGEST_QUOTE);
        for (int j = i + 1; j < limit; j++) {
            char c = text.charAt(j);
            if (c == close && depth == 0) {
                return j + 1;
            } else if (c == close) {
                depth--;
            } else if (c == open && open != close) {
                depth++;
            }
        }
        return i;
    }

    /** Whether the period at {@code dot} ends an abbreviation ("e.g.", "vs.") or belongs to an ellipsis. */
    static boolean abbreviationOrEllipsis(String text, int dot) {
        if (dot > 0 && text.charAt(dot - 1) == '.') {
            return true;
        }
        int start = dot;
        while (start > 0 && dot - start < 8 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        return ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(Locale.ROOT));
    }
}
