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
 * @param folders  names of the folders directly under the series folder
 */
public record Series(String name, String dir, String readme, Rubric rubric, List<String> chapters, Set<String> folders) {
    public Series {
        chapters = List.copyOf(chapters);
        folders = Set.copyOf(folders);
    }

    /** Resolves a path relative to the series folder to one relative to the notes root. */
    public String resolve(String relativeToSeries) {
        return PathNames.normalize(dir.isEmpty() ? relativeToSeries : dir + "/" + relativeToSeries);
    }
}
