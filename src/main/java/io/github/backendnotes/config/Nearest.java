package io.github.backendnotes.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The known name nearest a mistyped one, by edit distance, for a "did you mean" hint. */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The known name with the fewest single-character edits from {@code word} (ignoring case), first in sort order
     * on a tie, when it is near enough to be a likely typo: at most a third of the longer name's length, and at
     * least 1 and at most 3 edits.
     */
    public static Optional<String> to(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best == null || bestDistance == 0) {
            return Optional.empty();
        }
        int allowed = Math.min(3, Math.max(1, Math.max(word.length(), best.length()) / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** "; did you mean 'x'?" or "". */
    static String hint(String word, Collection<String> known) {
        return to(word, known).map(name -> "; did you mean '" + name + "'?").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
