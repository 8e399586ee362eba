package io.github.backendnotes.fix;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;

import java.util.List;

/**
 * Adds a numbered file of the series to its rubric's Scope list ({@code rubric.not-in-scope}): a line written like
 * the Scope's own entries, before the first entry with a higher number (after the last one when there is none).
 * The file is the finding's related file; the entries and their lines are the rubric model's.
 */
final class ScopeFixer implements Fixer {

    @Override
    public String ruleId() {
        return "rubric.not-in-scope";
    }

    @Override
    public boolean fix(Finding finding, FixTarget target, LineEdits edits) {
        Series series = target.series();
        if (series == null || finding.related().size() != 1 || series.rubric().scope().isEmpty()) {
            return false;
        }
        String file = finding.related().get(0);
        String relative = series.dir().isEmpty() ? file
                : file.startsWith(series.dir() + "/") ? file.substring(series.dir().length() + 1) : null;
        int number = relative == null ? -1 : number(relative);
        if (number < 0) {
            return false;
        }
        List<Rubric.ScopeEntry> scope = series.rubric().scope();
        Rubric.ScopeEntry last = scope.get(scope.size() - 1);
        String entry = entryLine(edits.text().line(last.line()), last.path(), relative);
        if (entry == null) {
            return false;
        }
        for (Rubric.ScopeEntry listed : scope) {
            if (number(listed.path()) > number) {
                edits.insertBefore(listed.line(), number, entry, "Scope += " + relative + " [" + ruleId() + "]");
                return true;
            }
        }
        edits.insertAfter(last.line(), number, entry, "Scope += " + relative + " [" + ruleId() + "]");
        return true;
    }

    /** A Scope line for {@code path} written like {@code line}, the entry for {@code listed}; null if it is not one. */
    static String entryLine(String line, String listed, String path) {
        int at = line.indexOf("`" + listed + "`");
        return at < 0 ? null : line.substring(0, at) + "`" + path + "`";
    }

    /** The number a file name starts with, -1 without one. */
    private static int number(String path) {
        String id = Series.chapterId(path);
        return id.isEmpty() || id.length() > 9 ? -1 : Integer.parseInt(id);
    }
}
