package io.github.backendnotes.model;

import java.util.List;
import java.util.Locale;

/** A {@code coverage_matrix.md}: its coverage rows and its cross-reference lines. */
public record CoverageMatrix(String file, List<Row> rows, List<CrossReference> crossReferences) {

    public CoverageMatrix {
        rows = List.copyOf(rows);
        crossReferences = List.copyOf(crossReferences);
    }

    public enum Status {
        DONE, PENDING, UNKNOWN;

        public static Status of(String text) {
            String lower = text.trim().toLowerCase(Locale.ROOT);
            if (lower.startsWith("done") || lower.startsWith("complete") || lower.contains("✅") || lower.equals("完成")) {
                return DONE;
            }
            if (lower.startsWith("pending") || lower.startsWith("planned") || lower.startsWith("todo")
                    || lower.startsWith("in progress") || lower.startsWith("wip") || lower.startsWith("draft")
                    || lower.contains("待") || lower.contains("規劃")) {
                return PENDING;
            }
            return UNKNOWN;
        }
    }

    /**
     * A path of a row as written, relative to the matrix' folder.
     *
     * @param folderCount for "`dir/` (N files)", N; otherwise -1
     */
    public record Entry(String path, int folderCount) {
        public boolean isFolder() {
            return path.endsWith("/");
        }
    }

    public record Row(String area, String topic, List<Entry> entries, String statusText, Status status, int line) {
        public Row {
            entries = List.copyOf(entries);
        }
    }

    /** "`a` + `b` <-> `c`": every note of one side should link to or from the other side. */
    public record CrossReference(List<String> left, List<String> right, int line) {
        public CrossReference {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }
    }
}
