package io.github.backendnotes.model;

import java.util.List;

/**
 * What a series README says about its chapters, as far as it could be read.
 *
 * @param batchHeadingLine line of "## Batch Learning Route (N batches)", 0 when there is none
 * @param declaredBatches  N from that heading, or -1
 * @param batches          "- Batch N: `01`, `02` (…)" lines in order
 * @param priorities       "- Must-read (`必讀`): `01`, …" lines in order
 * @param chapters         "- [name](path) - 必讀 - 90 min" lines in order
 * @param estimates        "- Comprehensive chapters: 75-90 min each." lines
 */
public record SeriesReadme(String file, int batchHeadingLine, int declaredBatches, List<Batch> batches,
                           int priorityHeadingLine, List<PriorityGroup> priorities, int chapterHeadingLine,
                           List<ChapterEntry> chapters, List<Estimate> estimates) {

    public SeriesReadme {
        batches = List.copyOf(batches);
        priorities = List.copyOf(priorities);
        chapters = List.copyOf(chapters);
        estimates = List.copyOf(estimates);
    }

    /** A chapter id as written ({@code `07`}) and its line. */
    public record ChapterId(String id, int line, int column) {
    }

    public record Batch(int number, List<ChapterId> ids, int line) {
        public Batch {
            ids = List.copyOf(ids);
        }
    }

    /** @param label the README's name for the group ("Must-read"); @param tag its short tag ("必讀") */
    public record PriorityGroup(String label, String tag, List<ChapterId> ids, int line) {
        public PriorityGroup {
            ids = List.copyOf(ids);
        }
    }

    /** @param minutes -1 when the line gives none; @param priority "" when it gives none */
    public record ChapterEntry(String name, String target, String priority, int minutes, int line) {
    }

    /**
     * @param label the words before the colon ("Comprehensive chapters")
     * @param tag   the group's tag when the line gives one ("Skippable chapters (`可跳讀`): …"), else {@code ""}
     */
    public record Estimate(String label, int min, int max, int line, String tag) {
        public Estimate(String label, int min, int max, int line) {
            this(label, min, max, line, "");
        }

        public boolean contains(int minutes) {
            return minutes >= min && minutes <= max;
        }
    }
}
