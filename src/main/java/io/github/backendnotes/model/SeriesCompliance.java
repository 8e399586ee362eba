package io.github.backendnotes.model;

import java.util.List;
import java.util.Map;

/**
 * Which chapters of a series meet their rubric, with what the README and the matrix say of each.
 *
 * @param total     chapters, the missing ones included
 * @param compliant chapters without an error-severity finding
 * @param byBatch   by batch number (as text), then by priority tag, then by category
 * @param matrixDisagreements matrix rows whose status the files contradict
 */
public record SeriesCompliance(String name, String dir, String readme, int total, int compliant, List<Chapter> chapters,
                             Map<String, Tally> byBatch, Map<String, Tally> byPriority, Map<String, Tally> byCategory,
                             int enforced, List<Rubric.RubricLine> notChecked, List<String> matrixDisagreements) {

    public SeriesCompliance {
        chapters = List.copyOf(chapters);
        byBatch = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byBatch));
        byPriority = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byPriority));
        byCategory = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byCategory));
        notChecked = List.copyOf(notChecked);
        matrixDisagreements = List.copyOf(matrixDisagreements);
    }

    /** How many chapters of a group there are and how many of them are compliant. */
    public record Tally(int total, int compliant) {
    }

    /**
     * One chapter. Unknown values are {@code null} (no batch, no matrix row).
     *
     * @param file     relative to the notes root; for a missing chapter, where a README or matrix says it is
     * @param template the chapter kind's name
     * @param missing  a README or the matrix names it, but the file does not exist
     * @param findings the chapter's unsuppressed findings, for the HTML view
     */
    public record Chapter(String file, String chapter, String title, String template, Integer batch, String priority,
                          Integer minutes, String matrixStatus, String category, int errors, int warnings,
                          boolean compliant, boolean missing, List<Finding> findings) {
        public Chapter {
            findings = List.copyOf(findings);
        }
    }
}
