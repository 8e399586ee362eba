package io.github.backendnotes.report;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConsoleReportTest {

    private static List<String> printed(RunResult result, boolean verbose) {
        List<String> lines = new ArrayList<>();
        ConsoleReport.print(result, verbose, (severity, line) -> lines.add(severity.label() + " | " + line));
        return lines;
    }

    /** Errors first whatever the paths; no ":0:0" for a whole file; the suppressed only counted. */
    @Test
    void findingsBySeverityThenPathWithoutEmptyPositions() {
        assertEquals(List.of(
                "error | backend/01_a.md:2:7: error [frontmatter.fixed-value] " + ReportFixtures.TRICKY,
                "warning | backend/01_a.md:9: warning [structure.missing-heading] missing heading '## Summary'",
                "info | loose note.md: info [links.orphan] no note links to this one",
                "info | Series backend: 1 chapter, rubric backend/quality_rubric.md: 0 of 0 lines enforced",
                "info | Series (root): 1 chapter, rubric root/quality_rubric.md: 0 of 0 lines enforced"),
                printed(ReportFixtures.result(), false));
    }

    @Test
    void verboseListsTheSuppressedApartAndNotAsErrors() {
        List<String> lines = printed(ReportFixtures.result(), true);
        assertEquals("info | root/02_b.md:14:1: error [code.language-tag] code block without a language tag (suppressed)",
                lines.get(3));
    }

    @Test
    void closingSummaryCountsByRuleLargestFirst() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            for (int j = 0; j <= i; j++) {
                findings.add(new Finding("rule.r" + (char) ('a' + i), Severity.WARNING, "f.md", j + 1, 0, "m", null));
            }
        }
        findings.add(ReportFixtures.SUPPRESSED);
        findings.add(new Finding("links.broken", Severity.ERROR, "a.md", 1, 1, "m", null));
        RunResult result = new RunResult(Path.of("n"), 1, List.of(), findings);
        List<String> lines = ConsoleReport.closing(result, false, "target/backend-notes/report.md");
        assertEquals("1 error, 91 warnings, 0 infos (1 suppressed) in 1 file (0 chapters in 0 series); the suppressed"
                + " (baseline, inline comments) are not printed (-Dbackend-notes.verbose=true lists them)", lines.get(0));
        assertEquals("Findings by rule (top 10 of 14):", lines.get(1));
        assertEquals("     13  rule.rm", lines.get(2));
        assertEquals("      4  rule.rd", lines.get(11));
        assertEquals("Report: target/backend-notes/report.md", lines.get(12));
        assertEquals(13, lines.size());
    }

    @Test
    void rubricLinesNotCheckedAreOneLineUnlessVerbose() {
        var rubric = new io.github.backendnotes.model.Rubric("s/quality_rubric.md", List.of(), List.of(), List.of(),
                List.of(), io.github.backendnotes.model.CodeStandards.NONE,
                List.of(new io.github.backendnotes.model.Rubric.RubricLine(3, "enforced")),
                List.of(new io.github.backendnotes.model.Rubric.RubricLine(7, "a judgement call")));
        var series = new io.github.backendnotes.model.Series("s", "s", "s/README.md", rubric, List.of("s/01.md", "s/02.md"),
                List.of(), java.util.Set.of(), null);
        RunResult result = new RunResult(Path.of("n"), 3, List.of(series), List.of());
        assertEquals(List.of("info | Series s: 2 chapters, rubric s/quality_rubric.md: 1 of 2 lines enforced, 1 not checked"
                + " (listed in report.json, or with -Dbackend-notes.verbose=true)"), printed(result, false));
        assertEquals(List.of("info | Series s: 2 chapters, rubric s/quality_rubric.md: 1 of 2 lines enforced, 1 not checked:",
                "info |   not checked: line 7: a judgement call"), printed(result, true));
    }
}
