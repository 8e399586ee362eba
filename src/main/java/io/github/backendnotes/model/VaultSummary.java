package io.github.backendnotes.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the cross-file rules know about the whole tree: every note in compact form, every other file's path,
 * and every folder. Paths are relative to the notes root, with {@code /}. Excluded notes exist (links to them
 * resolve, by path or by name) but are not notes of the run: they were not read, so they have no summary.
 */
public final class VaultSummary {

    private final Map<String, NoteSummary> notes;
    private final Set<String> otherFiles;
    private final Set<String> excludedNotes;
    private final Set<String> folders = new HashSet<>();
    private final Map<String, List<String>> notesByStem = new HashMap<>();
    private final Map<String, List<String>> filesByName = new HashMap<>();
    private final Map<String, String> byLowerCasePath = new HashMap<>();
    /** The notes' paths in order: a folder's notes are asked for by every count a README or matrix claims. */
    private final String[] sortedNotes;

    public VaultSummary(Map<String, NoteSummary> notes, Set<String> otherFiles) {
        this(notes, otherFiles, Set.of());
    }

    /** @param excludedNotes Markdown files the run does not check, which links may still name */
    public VaultSummary(Map<String, NoteSummary> notes, Set<String> otherFiles, Set<String> excludedNotes) {
        this.notes = Map.copyOf(notes);
        this.otherFiles = Set.copyOf(otherFiles);
        this.excludedNotes = Set.copyOf(excludedNotes);
        this.sortedNotes = notes.keySet().stream().sorted().toArray(String[]::new);
        notes.keySet().forEach(this::addNote);
        // after the checked notes: a name both bear resolves to the checked one
        excludedNotes.stream().sorted().forEach(this::addNote);
        for (String path : otherFiles) {
            byLowerCasePath.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
            addFolders(path);
            filesByName.computeIfAbsent(PathNames.fileName(path).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(path);
        }
    }

    private void addNote(String path) {
        byLowerCasePath.putIfAbsent(path.toLowerCase(Locale.ROOT), path);
        addFolders(path);
        String name = PathNames.fileName(path);
        String stem = name.substring(0, name.length() - 3).toLowerCase(Locale.ROOT);
        notesByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(path);
    }

    private void addFolders(String path) {
        for (String folder = PathNames.parent(path); !folder.isEmpty(); folder = PathNames.parent(folder)) {
            if (!folders.add(folder)) {
                break;
            }
        }
    }

    public Map<String, NoteSummary> notes() {
        return notes;
    }

    /** Every file that is not a note. */
    public Set<String> otherFiles() {
        return otherFiles;
    }

    public NoteSummary note(String path) {
        return notes.get(path);
    }

    public boolean isNote(String path) {
        return notes.containsKey(path);
    }

    /** Every folder that holds a file, at any depth. */
    public Set<String> folders() {
        return Collections.unmodifiableSet(folders);
    }

    public boolean isFolder(String path) {
        return path.isEmpty() || folders.contains(path);
    }

    /** A note, an excluded note, another file or a folder. */
    public boolean exists(String path) {
        return notes.containsKey(path) || otherFiles.contains(path) || excludedNotes.contains(path) || isFolder(path);
    }

    /** A Markdown file the run does not check: it exists, but its headings are not known. */
    public boolean isExcluded(String path) {
        return excludedNotes.contains(path);
    }

    /** The path of a file that differs from {@code path} only in letter case, if there is one. */
    public java.util.Optional<String> differingInCase(String path) {
        return java.util.Optional.ofNullable(byLowerCasePath.get(path.toLowerCase(Locale.ROOT))).filter(p -> !p.equals(path));
    }

    /**
     * Notes whose file name without {@code .md} is {@code stem}, ignoring case, as Obsidian matches; the checked ones
     * before the excluded ones.
     */
    public List<String> notesWithStem(String stem) {
        return notesByStem.getOrDefault(stem.toLowerCase(Locale.ROOT), List.of());
    }

    /** Non-Markdown files with this name anywhere, ignoring case. */
    public List<String> filesNamed(String name) {
        return filesByName.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
    }

    /** Markdown files directly in or below {@code folder}. */
    public List<String> notesUnder(String folder) {
        if (folder.isEmpty()) {
            return List.of(sortedNotes);
        }
        // the notes under a folder are one run of the sorted paths, those that start with "folder/"
        String prefix = folder + "/";
        int from = Arrays.binarySearch(sortedNotes, prefix);
        List<String> under = new ArrayList<>();
        for (int i = from < 0 ? -from - 1 : from; i < sortedNotes.length && sortedNotes[i].startsWith(prefix); i++) {
            under.add(sortedNotes[i]);
        }
        return under;
    }
}
