package io.github.backendnotes.links;

import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.VaultSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lookups link resolution needs, built once for a run: every file by its path in lower case, and by its name
 * (a note by its name without {@code .md}), so that no link has to look at every file.
 */
public final class NameIndex {

    private final VaultSummary vault;
    private final Map<String, String> byLowerPath = new HashMap<>();
    private final Map<String, List<String>> notesByStem = new HashMap<>();
    private final Map<String, List<String>> filesByName = new HashMap<>();
    private final Map<String, List<String>> notesByFolder = new HashMap<>();
    /** Each note's and file's path in lower case, made once: a name is matched against every path that bears it. */
    private final Map<String, String> lowerPaths = new HashMap<>();
    /** The nearest note to each missing path asked about: links to one missing note tend to repeat. */
    private final Map<String, Optional<String>> nearest = new java.util.concurrent.ConcurrentHashMap<>();

    public NameIndex(VaultSummary vault) {
        this.vault = vault;
        for (String note : vault.notes().keySet()) {
            lowerPaths.put(note, lower(note));
            byLowerPath.merge(lowerPaths.get(note), note, NameIndex::first);
            notesByStem.computeIfAbsent(lower(stem(note)), k -> new ArrayList<>()).add(note);
            notesByFolder.computeIfAbsent(PathNames.parent(note), k -> new ArrayList<>()).add(note);
        }
        for (String file : vault.otherFiles()) {
            lowerPaths.put(file, lower(file));
            byLowerPath.merge(lowerPaths.get(file), file, NameIndex::first);
            filesByName.computeIfAbsent(lower(PathNames.fileName(file)), k -> new ArrayList<>()).add(file);
        }
        for (String folder : vault.folders()) {
            byLowerPath.merge(lower(folder), folder, NameIndex::first);
        }
        notesByStem.values().forEach(paths -> paths.sort(Comparator.naturalOrder()));
        notesByFolder.values().forEach(paths -> paths.sort(Comparator.naturalOrder()));
        filesByName.values().forEach(paths -> paths.sort(Comparator.naturalOrder()));
    }

    public VaultSummary vault() {
        return vault;
    }

    /** The note, file or folder at this path, in this case exactly. */
    public boolean exists(String path) {
        return vault.exists(path);
    }

    /** The note, file or folder whose path is this one in another letter case (or the same), if any. */
    public Optional<String> ignoringCase(String path) {
        return Optional.ofNullable(byLowerPath.get(lower(path)));
    }

    /** Notes named {@code stem}.md, in any letter case, by path. */
    public List<String> notesWithStem(String stem) {
        return notesByStem.getOrDefault(lower(stem), List.of());
    }

    /** A note's or file's path in lower case. */
    String lowerPath(String path) {
        String known = lowerPaths.get(path);
        return known != null ? known : lower(path);
    }

    /** The notes directly in this folder, by path. */
    public List<String> notesIn(String folder) {
        return notesByFolder.getOrDefault(folder, List.of());
    }

    /** Files other than notes with this name, in any letter case, by path. */
    public List<String> filesNamed(String name) {
        return filesByName.getOrDefault(lower(name), List.of());
    }

    /** Every note's name without {@code .md}, in lower case: what a near miss is looked for among. */
    public java.util.Set<String> stems() {
        return notesByStem.keySet();
    }

    /** What {@code find} gives for this missing path, worked out once however many links ask. */
    Optional<String> nearest(String missing, java.util.function.Function<String, Optional<String>> find) {
        return nearest.computeIfAbsent(missing, find);
    }

    /** The name of a note without {@code .md}. */
    public static String stem(String path) {
        String name = PathNames.fileName(path);
        return name.regionMatches(true, Math.max(0, name.length() - 3), ".md", 0, 3) && name.length() > 3
                ? name.substring(0, name.length() - 3) : name;
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /** Of two files whose paths differ only in case, the one first in order, whatever order they were met in. */
    private static String first(String one, String other) {
        return one.compareTo(other) <= 0 ? one : other;
    }
}
