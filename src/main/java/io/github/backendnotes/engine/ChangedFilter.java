package io.github.backendnotes.engine;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.PathNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * With changedSince, the findings a run shows: those about a changed file, and the cross-file findings that concern
 * one (a README entry, a matrix row, a link to it). Which findings concern a changed file is decided in
 * {@link #keeps} alone.
 */
final class ChangedFilter {

    /** Null when every note was checked: every finding is kept. */
    private final Set<String> changed;

    ChangedFilter(Set<String> changed) {
        this.changed = changed;
    }

    List<Finding> apply(List<Finding> findings) {
        if (changed == null) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (keeps(finding)) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /**
     * A finding about a changed file, or a cross-file finding whose message names one: by its path from the root, or
     * by a path or bare name that its path ends with.
     */
    boolean keeps(Finding finding) {
        if (changed.contains(finding.file())) {
            return true;
        }
        for (String path : changed) {
            if (namesFile(finding.message(), path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text names the file: its path, or a part of its path after a folder separator ({@code 02_x.md},
     * {@code basics/02_x.md}, also after {@code ../}), stands there on its own, not as the end of another file's
     * path ({@code other/02_x.md}) or name ({@code old_02_x.md}).
     */
    static boolean namesFile(String text, String path) {
        String name = PathNames.fileName(path);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                continue;
            }
            for (int from = 0; from >= 0; from = nextPart(path, from)) {
                String part = path.substring(from);
                int start = end - part.length();
                if (start >= 0 && text.startsWith(part, start) && standsAlone(text, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the part of the path after the next separator starts, or -1. */
    private static int nextPart(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? -1 : slash + 1;
    }

    /** Whether nothing path-like precedes {@code start}, once any {@code ./} and {@code ../} are skipped. */
    private static boolean standsAlone(String text, int start) {
        while (start >= 2 && text.startsWith("./", start - 2)) {
            start -= 2;
            if (start >= 1 && text.charAt(start - 1) == '.') {
                start--;
            }
        }
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !Character.isLetterOrDigit(before) && "/._-".indexOf(before) < 0;
    }
}
