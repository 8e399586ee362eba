package io.github.backendnotes.links;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** The nearest of some names to one that is not there: the same letters in another case, or a few edits away. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate nearest to {@code wanted}: one that differs only in case first, else the one fewest edits away,
     * within about a quarter of its length, at least two for a name of five letters or more (ties go to the first in
     * order); empty when none is that near.
     */
    static Optional<String> nearest(String wanted, Collection<String> candidates) {
        String lowerWanted = wanted.toLowerCase(Locale.ROOT);
        int limit = wanted.length() < 5 ? 1 : Math.max(2, Math.min(4, wanted.length() / 4));
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            String lower = candidate.toLowerCase(Locale.ROOT);
            if (lower.equals(lowerWanted)) {
                return Optional.of(candidate);
            }
            if (Math.abs(lower.length() - lowerWanted.length()) > bestDistance) {
                continue;
            }
            // bounded one past the best: a distance equal to the best is then exact, not a cut-off
            int distance = distance(lowerWanted, lower, bestDistance + 1);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance, or {@code bound} as soon as it cannot be less. */
    static int distance(String a, String b, int bound) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= bound) {
                return bound;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[b.length()], bound);
    }
}
