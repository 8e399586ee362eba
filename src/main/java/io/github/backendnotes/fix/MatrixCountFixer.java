package io.github.backendnotes.fix;

import io.github.backendnotes.model.Finding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the count of a matrix entry {@code `dir/` (N files)} ({@code coverage.folder-count}) on the row the
 * finding points at. The right count is the run's: it alone knows which notes the excludes leave out, and its
 * finding states it, so it is read from there rather than counted a second way.
 */
final class MatrixCountFixer implements Fixer {

    private static final Pattern COUNTS = Pattern.compile("^'(.+)' holds (\\d+) Markdown files; the row says (\\d+)$");

    @Override
    public String ruleId() {
        return "coverage.folder-count";
    }

    @Override
    public boolean fix(Finding finding, FixTarget target, LineEdits edits) {
        Matcher counts = COUNTS.matcher(finding.message());
        if (!counts.matches()) {
            return false;
        }
        String line = edits.text().line(finding.line());
        Matcher entry = Pattern.compile("(`(?:\\./)?" + Pattern.quote(counts.group(1)) + "`\\s*[(（]\\s*)"
                + counts.group(3) + "(\\s*files?\\s*[)）])", Pattern.CASE_INSENSITIVE).matcher(line);
        if (!entry.find()) {
            return false;
        }
        int start = entry.start();
        if (entry.find()) {
            return false; // the same folder twice on one row: which entry is meant is not certain
        }
        entry.find(start);
        String replaced = line.substring(0, entry.start()) + entry.group(1) + counts.group(2) + entry.group(2)
                + line.substring(entry.end());
        return edits.replace(finding.line(), replaced, counts.group(1) + " (" + counts.group(3) + " -> "
                + counts.group(2) + " files) [" + ruleId() + "]");
    }
}
