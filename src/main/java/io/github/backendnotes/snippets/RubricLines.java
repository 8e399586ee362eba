package io.github.backendnotes.snippets;

import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.RubricLine;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The rubric lines that running the programs enforces: a line kept as "needs code execution" that speaks of Rust or
 * Go code compiling or running ("Rust 程式碼可直接編譯執行", "Go 實作: 完整可編譯可執行"), and a line that names the Rust
 * edition or the least Go version. With runSnippets they move from the not-checked lines to the enforced ones.
 */
public final class RubricLines {

    static final String ENFORCED_BY = " (code.compile-error, code.runtime-error, code.output-mismatch, code.timeout;"
            + " code.not-run when a program cannot be run)";
    private static final Pattern LANGUAGE = Pattern.compile("\\b(?:Rust|Go|Golang|rustc|cargo)\\b|\\bfn main|func main",
            Pattern.CASE_INSENSITIVE);

    private RubricLines() {
    }

    /** The rubric with the lines running the programs enforces moved to its enforced lines. */
    public static Rubric enforced(Rubric rubric) {
        List<RubricLine> enforced = new ArrayList<>(rubric.enforced());
        List<RubricLine> notChecked = new ArrayList<>();
        for (RubricLine line : rubric.notChecked()) {
            if (enforcedByRunning(line)) {
                enforced.add(new RubricLine(line.line(), line.text() + ENFORCED_BY));
            } else {
                notChecked.add(line);
            }
        }
        if (notChecked.size() == rubric.notChecked().size()) {
            return rubric;
        }
        return rubric.withLines(enforced, notChecked);
    }

    static boolean enforcedByRunning(RubricLine line) {
        return RubricFacts.states(line.text())
                || (line.reason() == Rubric.Reason.NEEDS_EXECUTION && LANGUAGE.matcher(line.text()).find());
    }

    /** What the rubric says of the languages, from all its lines. */
    public static RubricFacts facts(Rubric rubric) {
        List<String> texts = new ArrayList<>();
        rubric.enforced().forEach(l -> texts.add(l.text()));
        rubric.notChecked().forEach(l -> texts.add(l.text()));
        return RubricFacts.of(texts);
    }
}
