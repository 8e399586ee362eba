package io.github.backendnotes.links;

import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.PathNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Obsidian's rules, for wiki links and Markdown links alike: the path relative to the note, then from the vault root,
 * then a note's name or the end of its path anywhere in the vault; in any letter case, {@code .md} optional for
 * notes. A name several notes share goes to the one in the linking note's folder, else to the shortest path.
 */
public final class ObsidianResolver {

    private static final Comparator<String> NEAREST = Comparator.comparingInt(String::length)
            .thenComparing(Comparator.naturalOrder());

    private final NameIndex names;
    /**
     * What each path and each name in each folder was found as. A vault's links name the same notes again and again,
     * and finding one tries the path and the path with .md, in its case and in any case, from the note and from the
     * root, and then by name: worked out once for each, shared by the workers.
     */
    private final Map<String, Optional<String>> foundAt = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> foundByName = new ConcurrentHashMap<>();

    public ObsidianResolver(NameIndex names) {
        this.names = names;
    }

    public Resolved resolve(String fromNote, Link link) {
        Destination destination = Destination.of(link);
        if (destination.external()) {
            return destination.unreachable();
        }
        String path = destination.path();
        String fragment = destination.fragment();
        if (path.isEmpty()) {
            return at(fromNote, fragment);
        }
        String folder = PathNames.parent(fromNote);
        String relative = PathNames.normalize(path.startsWith("/") ? path.substring(1) : join(folder, path));
        if (escapes(relative)) {
            return new Resolved(Resolved.Outcome.OUTSIDE_ROOT, null, fragment, "");
        }
        String fromRoot = PathNames.normalize(path.startsWith("/") ? path.substring(1) : path);
        boolean folders = link.kind() != Link.Kind.WIKI;
        Optional<String> found = find(relative, folders);
        if (found.isEmpty() && !escapes(fromRoot)) {
            found = find(fromRoot, folders);
        }
        if (found.isEmpty()) {
            found = byName(path, folder);
        }
        if (found.isPresent()) {
            return at(found.get(), fragment);
        }
        return Resolved.missing(relative, fragment, tried(path, relative, fromRoot)
                + Hints.nearestNote(names, relative, path));
    }

    /** The note or file, with the fragment checked where it is a note's; a file's fragment is a display hint. */
    private Resolved at(String target, String fragment) {
        NoteSummary note = names.vault().note(target);
        if (note == null || fragment.isEmpty()) {
            return Resolved.resolved(target, note == null ? "" : fragment);
        }
        return Fragments.obsidian(note, fragment);
    }

    /** The file at this path, or the note at it with {@code .md} added, in this case or another; a folder last. */
    private Optional<String> find(String path, boolean folders) {
        return foundAt.computeIfAbsent((folders ? "+" : "-") + path, key -> lookUp(path, folders));
    }

    private Optional<String> lookUp(String path, boolean folders) {
        if (path.isEmpty() || escapes(path)) {
            return Optional.empty();
        }
        List<String> tries = isNote(path) ? List.of(path) : List.of(path, path + ".md");
        for (String candidate : tries) {
            if (names.exists(candidate) && !names.vault().isFolder(candidate)) {
                return Optional.of(candidate);
            }
        }
        for (String candidate : tries) {
            Optional<String> other = names.ignoringCase(candidate).filter(p -> !names.vault().isFolder(p));
            if (other.isPresent()) {
                return other;
            }
        }
        return folders ? names.ignoringCase(path).filter(names.vault()::isFolder) : Optional.empty();
    }

    /** A note or file by its name, or by the end of its path, anywhere: the linking note's folder first. */
    private Optional<String> byName(String path, String folder) {
        return foundByName.computeIfAbsent(folder + "\u0000" + path, key -> byNameUncached(path, folder));
    }

    private Optional<String> byNameUncached(String path, String folder) {
        String suffix = NameIndex.lower(trimUp(path));
        if (suffix.isEmpty()) {
            return Optional.empty();
        }
        String name = PathNames.fileName(suffix);
        List<String> matches = new ArrayList<>();
        for (String file : names.filesNamed(name)) {
            String lower = names.lowerPath(file);
            if (endsWith(lower, lower.length(), suffix)) {
                matches.add(file);
            }
        }
        if (matches.isEmpty()) {
            String noteSuffix = isNote(suffix) ? suffix.substring(0, suffix.length() - 3) : suffix;
            for (String note : names.notesWithStem(NameIndex.stem(name))) {
                String lower = names.lowerPath(note);
                if (endsWith(lower, lower.length() - 3, noteSuffix)) {
                    matches.add(note);
                }
            }
        }
        for (String match : matches) {
            if (PathNames.parent(match).equals(folder)) {
                return Optional.of(match);
            }
        }
        return matches.stream().min(NEAREST);
    }

    private static String tried(String written, String relative, String fromRoot) {
        String stem = NameIndex.stem(PathNames.fileName(trimUp(written)));
        String where = written.startsWith("/") ? "'" + asNote(relative) + "' (from the vault root)"
                : "'" + asNote(relative) + "' (relative to the note)" + (fromRoot.equals(relative) || escapes(fromRoot)
                ? "" : ", '" + asNote(fromRoot) + "' (from the vault root)");
        return "tried " + where + " and the name '" + stem + "' anywhere in the vault";
    }

    /** A path as a note's when its name has no extension: what a link without {@code .md} was looked for as. */
    private static String asNote(String path) {
        return PathNames.fileName(path).contains(".") ? path : path + ".md";
    }

    /** The path without the {@code ./}, {@code ../} and {@code /} it starts with: what a path's end is matched by. */
    private static String trimUp(String path) {
        String trimmed = path;
        while (true) {
            if (trimmed.startsWith("/")) {
                trimmed = trimmed.substring(1);
            } else if (trimmed.startsWith("./")) {
                trimmed = trimmed.substring(2);
            } else if (trimmed.startsWith("../")) {
                trimmed = trimmed.substring(3);
            } else {
                return trimmed;
            }
        }
    }

    /** Whether the path's first {@code end} characters are the suffix, or end with it after a {@code /}. */
    private static boolean endsWith(String path, int end, String suffix) {
        int start = end - suffix.length();
        return start >= 0 && path.regionMatches(start, suffix, 0, suffix.length())
                && (start == 0 || path.charAt(start - 1) == '/');
    }

    private static boolean isNote(String path) {
        return path.length() >= 3 && path.regionMatches(true, path.length() - 3, ".md", 0, 3);
    }

    static boolean escapes(String normalized) {
        return normalized.equals("..") || normalized.startsWith("../");
    }

    static String join(String folder, String path) {
        return folder.isEmpty() ? path : folder + "/" + path;
    }
}
