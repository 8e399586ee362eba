package io.github.backendnotes.bench;

import java.util.List;

/**
 * Compares two {@code report.json} files of the same vault: everything but the notes directory and the tool's
 * version (summary, rubrics, every finding with its line, column, message and fingerprint) must be equal. The
 * report is pretty-printed one field a line, so a line-by-line comparison names the first difference.
 */
final class ReportComparison {

    private ReportComparison() {
    }

    /** @return null when equal, else a description of the first difference */
    static String compare(String expected, String actual) {
        List<String> a = normalize(expected);
        List<String> b = normalize(actual);
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!a.get(i).equals(b.get(i))) {
                return "line " + (i + 1) + " (after normalisation): expected " + a.get(i).trim() + " but got "
                        + b.get(i).trim() + "; findings " + count(a) + " vs " + count(b);
            }
        }
        if (a.size() != b.size()) {
            return "reports differ in length (" + a.size() + " vs " + b.size() + " lines); findings " + count(a)
                    + " vs " + count(b);
        }
        return null;
    }

    /**
     * The report without what may differ between versions of the plugin: the notes directory, the tool's version,
     * and each finding's related files (a field later versions added); a line's trailing comma goes too, since
     * whether a field is followed by another depends on that field.
     */
    private static List<String> normalize(String report) {
        List<String> lines = new java.util.ArrayList<>();
        boolean inRelated = false;
        for (String line : report.replace("\r\n", "\n").lines().toList()) {
            String trimmed = line.trim();
            if (inRelated) {
                inRelated = !trimmed.startsWith("]");
                continue;
            }
            if (trimmed.startsWith("\"related\":")) {
                inRelated = !trimmed.endsWith("]") && !trimmed.endsWith("],");
                continue;
            }
            if (!trimmed.startsWith("\"notesDirectory\":") && !trimmed.startsWith("\"version\":")) {
                lines.add(line.endsWith(",") ? line.substring(0, line.length() - 1) : line);
            }
        }
        return lines;
    }

    private static long count(List<String> lines) {
        return lines.stream().filter(line -> line.trim().startsWith("\"fingerprint\":")).count();
    }
}
