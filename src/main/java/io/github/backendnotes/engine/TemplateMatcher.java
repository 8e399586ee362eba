package io.github.backendnotes.engine;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/** Matches the notes that are templates or prompts, by globs over paths relative to the notes root. */
final class TemplateMatcher {

    /** Characters with a meaning in a glob, and the separators: what is left between them is literal text. */
    private static final String NOT_LITERAL = "*?[]{}\\/,!";

    /**
     * A glob, and the longest literal run of its text that any path it matches must contain ({@code ""} when it
     * has none): most paths lack it, and a substring test is much cheaper than building paths to match.
     */
    private record Glob(PathMatcher matcher, String literal) {
    }

    private final List<Glob> globs;

    TemplateMatcher(List<String> globs) {
        this.globs = globs.stream().map(String::trim).filter(g -> !g.isEmpty())
                .map(g -> new Glob(FileSystems.getDefault().getPathMatcher("glob:" + g), longestLiteral(g))).toList();
    }

    boolean matches(String relativePath) {
        Path path = null;
        Path rooted = null;
        String text = "_/" + relativePath;
        for (Glob glob : globs) {
            if (!containsIgnoringCase(text, glob.literal())) {
                continue;
            }
            if (path == null) {
                path = Path.of(relativePath);
                // "**/templates/**" should also match "templates/x.md" at the root
                rooted = Path.of("_", relativePath);
            }
            if (glob.matcher().matches(path) || glob.matcher().matches(rooted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Empty when the glob has an escape: its literal text is then not simply what is written. The text inside a
     * bracket expression or a group of alternatives is not required, so it is skipped.
     */
    static String longestLiteral(String glob) {
        if (glob.indexOf('\\') >= 0) {
            return "";
        }
        String longest = "";
        int start = 0;
        int depth = 0;
        boolean inBracket = false;
        for (int i = 0; i <= glob.length(); i++) {
            char c = i == glob.length() ? '/' : glob.charAt(i);
            if (inBracket) {
                // inside [...] every character up to the closing ']' is one of a set, braces included
                if (c == ']') {
                    inBracket = false;
                    depth--;
                }
            } else if (c == '[' || c == '{') {
                inBracket = c == '[';
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
            if (depth > 0 || NOT_LITERAL.indexOf(c) >= 0) {
                if (depth == 0 || c == '[' || c == '{') {
                    longest = i - start > longest.length() ? glob.substring(start, i) : longest;
                }
                start = i + 1;
            }
        }
        return longest;
    }

    /** Ignoring case, as the matchers of some file systems do. */
    private static boolean containsIgnoringCase(String text, String part) {
        if (part.isEmpty()) {
            return true;
        }
        // the full comparison runs only where the first character matches: the scan is the hot path, over every note
        char first = folded(part.charAt(0));
        char firstUpper = Character.toUpperCase(first);
        for (int i = 0; i + part.length() <= text.length(); i++) {
            char c = text.charAt(i);
            // an ASCII character folds to the first one only as itself or its upper case
            boolean candidate = c == first || c == firstUpper || c >= 128 && folded(c) == first;
            if (candidate && text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** The form two characters share exactly when {@link String#regionMatches(boolean, int, String, int, int)}
     * ignoring case finds them equal. */
    private static char folded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
