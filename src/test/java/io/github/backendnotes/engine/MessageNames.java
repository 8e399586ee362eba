package io.github.backendnotes.engine;

import io.github.backendnotes.model.PathNames;

import java.util.Set;
import java.util.TreeSet;

/**
 * Whether a finding's message names a file: the test oracle for the related files a cross-file rule gives. A
 * message names a file by its path, or by a part of its path after a folder separator ({@code 02_x.md},
 * {@code basics/02_x.md}, also after {@code ../}) that stands on its own, not as the end of another file's path
 * ({@code other/02_x.md}) or name ({@code old_02_x.md}).
 */
final class MessageNames {

    private MessageNames() {
    }

    /** Whether the text names the file at {@code path}. */
    static boolean namesFile(String text, String path) {
        return !mentionEnds(text, path).isEmpty();
    }

    /**
     * Where each mention of {@code path} in the text ends: mentions of two paths that end at the same place are one
     * mention of the file name they share.
     */
    static Set<Integer> mentionEnds(String text, String path) {
        Set<Integer> ends = new TreeSet<>();
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
                    ends.add(end);
                }
            }
        }
        return ends;
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
