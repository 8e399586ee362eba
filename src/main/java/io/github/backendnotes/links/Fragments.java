package io.github.backendnotes.links;

import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Slugs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Whether a note has what a link's fragment names: a heading, nested headings, a block, an anchor. */
final class Fragments {

    private Fragments() {
    }

    /**
     * Obsidian's fragments: {@code ^id} names a block; otherwise each {@code #}-separated part names a heading by
     * its text (case and punctuation aside), each one below the one before. A single part may also be the heading's
     * GitHub anchor, for notes that are read on GitHub too.
     */
    static Resolved obsidian(NoteSummary note, String fragment) {
        String path = note.path();
        if (fragment.startsWith("^")) {
            String id = fragment.substring(1).trim();
            if (note.targets().blockIds().contains(id.toLowerCase(Locale.ROOT))) {
                return Resolved.resolved(path, fragment);
            }
            return Resolved.missingAnchor(path, fragment, "no block ^" + id + " in '" + path + "'"
                    + Suggestions.nearest(id, note.targets().blockIds()).map(near -> "; did you mean ^" + near + "?")
                    .orElse(""));
        }
        List<String> parts = new ArrayList<>();
        for (String part : fragment.split("#")) {
            if (!normal(part).isEmpty()) {
                parts.add(part.trim());
            }
        }
        if (parts.isEmpty()) {
            return Resolved.resolved(path, fragment);
        }
        if (parts.size() == 1 && (githubAnchor(note, parts.get(0)))) {
            return Resolved.resolved(path, fragment);
        }
        return nested(note, fragment, parts);
    }

    /** Each part a heading below the one before: within the section of the heading the part before found. */
    private static Resolved nested(NoteSummary note, String fragment, List<String> parts) {
        String path = note.path();
        List<Heading> headings = note.headings();
        int from = 0;
        int end = headings.size();
        int level = 0;
        Heading parent = null;
        for (String part : parts) {
            String wanted = normal(part);
            int found = -1;
            for (int i = from; i < end && found < 0; i++) {
                if (headings.get(i).level() > level && normal(headings.get(i).text()).equals(wanted)) {
                    found = i;
                }
            }
            if (found < 0) {
                List<String> near = new ArrayList<>();
                for (int i = from; i < end; i++) {
                    if (headings.get(i).level() > level) {
                        near.add(headings.get(i).text());
                    }
                }
                return Resolved.missingAnchor(path, fragment, "no heading '" + part + "'"
                        + (parent == null ? "" : " under '" + parent.text() + "'") + " in '" + path + "'"
                        + elsewhere(headings, wanted, parent).orElseGet(() -> nearestHeading(part, near)));
            }
            parent = headings.get(found);
            level = parent.level();
            from = found + 1;
            end = from;
            while (end < headings.size() && headings.get(end).level() > level) {
                end++;
            }
        }
        return Resolved.resolved(path, fragment);
    }

    /**
     * GitHub's fragments: a heading's anchor or an HTML {@code id} or {@code name}; {@code #top} is the page's top.
     * GitHub finds an anchor written in capitals too.
     */
    static Resolved github(NoteSummary note, String fragment) {
        String path = note.path();
        if (fragment.isEmpty() || fragment.equalsIgnoreCase("top") || githubAnchor(note, fragment)) {
            return Resolved.resolved(path, fragment);
        }
        List<String> anchors = new ArrayList<>(note.targets().slugs());
        anchors.addAll(note.targets().htmlIds());
        anchors.sort(null);
        String nearest = Suggestions.nearest(fragment, anchors)
                .or(() -> Suggestions.nearest(Slugs.slug(fragment), anchors))
                .map(near -> "; did you mean #" + near + "?").orElse("");
        return Resolved.missingAnchor(path, fragment, "no heading '#" + fragment + "' in '" + path + "'" + nearest);
    }

    private static boolean githubAnchor(NoteSummary note, String fragment) {
        String lower = fragment.toLowerCase(Locale.ROOT);
        return note.targets().slugs().contains(fragment) || note.targets().slugs().contains(lower)
                || note.targets().htmlIds().contains(fragment);
    }

    /** Where a heading asked for under another one is, when it is in the note but not there. */
    private static Optional<String> elsewhere(List<Heading> headings, String wanted, Heading asked) {
        if (asked == null) {
            return Optional.empty();
        }
        for (int i = 0; i < headings.size(); i++) {
            if (normal(headings.get(i).text()).equals(wanted)) {
                Heading found = headings.get(i);
                for (int j = i - 1; j >= 0; j--) {
                    if (headings.get(j).level() < found.level()) {
                        return Optional.of("; '" + found.text() + "' is under '" + headings.get(j).text() + "'");
                    }
                }
                return Optional.of("; '" + found.text() + "' is under no other heading");
            }
        }
        return Optional.empty();
    }

    /** The heading a few edits away, else the one sharing most of the words (at least two, and half of them). */
    private static String nearestHeading(String wanted, List<String> headings) {
        List<String> normalised = headings.stream().map(Fragments::normal).toList();
        Optional<String> near = Suggestions.nearest(normal(wanted), normalised).map(normalised::indexOf)
                .or(() -> sharingWords(normal(wanted), normalised)).map(headings::get);
        return near.map(text -> "; nearest heading: '" + text + "'").orElse("");
    }

    private static Optional<Integer> sharingWords(String wanted, List<String> headings) {
        List<String> words = List.of(wanted.split(" "));
        int best = -1;
        int bestShared = Math.max(2, (words.size() + 1) / 2) - 1;
        for (int i = 0; i < headings.size(); i++) {
            int shared = 0;
            for (String word : headings.get(i).split(" ")) {
                shared += words.contains(word) ? 1 : 0;
            }
            if (shared > bestShared) {
                best = i;
                bestShared = shared;
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(best);
    }

    /**
     * A heading's text as Obsidian compares it: lower case, what is not a letter, digit or mark taken as a space,
     * runs of spaces as one.
     */
    static String normal(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            boolean kept = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            if (kept) {
                out.appendCodePoint(Character.toLowerCase(cp));
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int length = out.length();
        return length > 0 && out.charAt(length - 1) == ' ' ? out.substring(0, length - 1) : out.toString();
    }
}
