package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.Rubric;

import java.util.List;
import java.util.function.Consumer;

/**
 * Registers a new chapter in its rubric's Scope: a line after the last file the Scope lists, written as that line
 * is; or, where the Scope names a range of numbers that ends just before the chapter's, the range's end raised.
 */
final class ScopeEdits {

    private ScopeEdits() {
    }

    static void apply(ChapterPlan plan, Rubric rubric, TextLines text, Consumer<String> said) {
        int number = Integer.parseInt(plan.number());
        for (Rubric.ScopeRange range : rubric.scopeRanges()) {
            if (range.contains(number)) {
                return;
            }
            if (range.to() + 1 == number) {
                String line = text.line(range.line());
                String end = "`" + String.format(java.util.Locale.ROOT, "%0" + plan.number().length() + "d", range.to())
                        + "`";
                int at = line.lastIndexOf(end);
                if (at >= 0) {
                    text.replace(range.line(), line.substring(0, at) + "`" + plan.number() + "`"
                            + line.substring(at + end.length()));
                    return;
                }
            }
        }
        List<Rubric.ScopeEntry> entries = rubric.scope();
        if (entries.isEmpty()) {
            if (!rubric.scopeRanges().isEmpty()) {
                said.accept(rubric.file() + ": no Scope range ends before " + plan.number() + ": Scope not changed");
            }
            return;
        }
        Rubric.ScopeEntry last = entries.get(entries.size() - 1);
        String folder = PathNames.parent(rubric.file());
        String relative = folder.isEmpty() ? plan.path() : plan.path().substring(folder.length() + 1);
        String line = text.line(last.line());
        int open = line.indexOf('`');
        int close = open < 0 ? -1 : line.indexOf('`', open + 1);
        String added = open < 0 || close < 0 ? "- `" + relative + "`"
                : line.substring(0, open + 1) + relative + line.substring(close);
        text.insertAfter(last.line(), added);
    }
}
