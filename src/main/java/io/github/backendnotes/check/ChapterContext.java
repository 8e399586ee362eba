package io.github.backendnotes.check;

import io.github.backendnotes.model.Rubric;

import java.util.Set;

/**
 * What a rule knows about the series a chapter belongs to.
 *
 * @param seriesName      the series' folder name
 * @param rubric          the series' rubric
 * @param chapterFolders  names of the folders directly under the series folder
 * @param folderInSeries  the first folder of the chapter's path below the series folder, or {@code ""}
 */
public record ChapterContext(String seriesName, Rubric rubric, Set<String> chapterFolders, String folderInSeries) {
    public ChapterContext {
        chapterFolders = Set.copyOf(chapterFolders);
    }
}
