package io.github.backendnotes.model;

import java.util.List;
import java.util.Set;

/**
 * A folder with a readme and a {@code quality_rubric.md}; it owns its subtree except where a nested series
 * starts (the nearest rubric wins).
 *
 * @param name     the folder's name
 * @param dir      the folder relative to the notes root, {@code ""} for the root itself
 * @param readme   path of the readme relative to the notes root
 * @param chapters existing chapter files, relative to the notes root, in rubric order
 * @param numbered the numbered {@code NN_*.md} files the series owns, outside folders that have a readme
 *                 of their own (a sub-collection is not the series' chapters), whether or not in the Scope
 * @param folders  names of the folders directly under the series folder
 * @param matrix   path of the series' {@code coverage_matrix.md}, or {@code null}
 */
public record Series(String name, String dir, String readme, Rubric rubric, List<String> chapters,
                     List<String> numbered, Set<String> folders, String matrix) {
    public Series {
        chapters = List.copyOf(chapters);
        numbered = List.copyOf(numbered);
        folders = Set.copyOf(folders);
    }

    /** The two-digit number a chapter file name starts with ("07"), or "" when it has none. */
    public static String chapterId(String path) {
        int start = path.lastIndexOf('/') + 1;
        int underscore = path.indexOf('_', start);
        if (underscore <= start) {
            return "";
        }
        for (int i = start; i < underscore; i++) {
            if (!Character.isDigit(path.charAt(i))) {
                return "";
            }
        }
        return path.substring(start, underscore);
    }

    /** Resolves a path relative to the series folder to one relative to the notes root. */
    public String resolve(String relativeToSeries) {
        return PathNames.normalize(dir.isEmpty() ? relativeToSeries : dir + "/" + relativeToSeries);
    }
}
