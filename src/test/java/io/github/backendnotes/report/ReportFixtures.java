package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.CodeStandards;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Hand-built results shared by the report tests. */
final class ReportFixtures {

    static final String TRICKY = "field 'type' is 'a \"q\" <b> & c'\nnext\tline\u0001 100% done, see: `x|y`";

    static final Finding ERROR = new Finding("frontmatter.fixed-value", Severity.ERROR, "backend/01_a.md", 2, 7,
            TRICKY, "backend");
    static final Finding WARNING = new Finding("structure.missing-heading", Severity.WARNING, "backend/01_a.md", 9, 0,
            "missing heading '## Summary'", "backend");
    static final Finding INFO = new Finding("links.orphan", Severity.INFO, "loose note.md", 0, 0,
            "no note links to this one", null);
    static final Finding SUPPRESSED = new Finding("code.language-tag", Severity.ERROR, "root/02_b.md", 14, 1,
            "code block without a language tag", "").suppress();

    private ReportFixtures() {
    }

    static Series series(String name, String dir) {
        Rubric rubric = new Rubric(dir + "/quality_rubric.md", List.of(), List.of(), List.of(), List.of(),
                CodeStandards.NONE, List.of(), List.of());
        return new Series(name, dir, dir + "/README.md", rubric, List.of(dir + "/01_a.md"), List.of(dir + "/01_a.md"),
                Set.of(), null);
    }

    /** Four findings in three files of ten: an error and a warning, an info outside every series, a suppressed error. */
    static RunResult result() {
        return new RunResult(Path.of("notes"), 10, List.of(series("backend", "backend"), series("", "root")),
                List.of(ERROR, WARNING, INFO, SUPPRESSED));
    }

    static RunResult empty() {
        return new RunResult(Path.of("notes"), 3, List.of(), List.of());
    }

    /** {@code count} warnings spread over files of five findings each. */
    static RunResult many(int count) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(new Finding("section.item-count", Severity.WARNING, String.format("s/%03d.md", i / 5),
                    i % 5 + 1, 0, "finding " + i, "s"));
        }
        return new RunResult(Path.of("notes"), count, List.of(series("s", "s")), findings);
    }
}
