package io.github.backendnotes.report;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    @Test
    void countsTableThenFindingsBySeverityThenFile() {
        String md = MarkdownReport.render(ReportFixtures.result());
        assertEquals("""
                ## Backend notes: 1 error, 1 warning, 1 info (1 suppressed) in 10 files (2 chapters in 2 series)

                | Errors | Warnings | Infos | Suppressed | Files | Chapters |
                |---:|---:|---:|---:|---:|---:|
                | 1 | 1 | 1 | 1 | 10 | 2 |

                ### Errors

                #### backend/01\\_a.md

                - line 2: error [frontmatter.fixed-value] field 'type' is 'a "q" \\<b\\> \\& c' next line\uFFFD 100% \
                done, see: `x|y`

                #### root/02\\_b.md

                - line 14: error [code.language-tag] code block without a language tag *(suppressed)*

                ### Warnings

                #### backend/01\\_a.md

                - line 9: warning [structure.missing-heading] missing heading '## Summary'

                ### Infos

                #### loose note.md

                - whole file: info [links.orphan] no note links to this one
                """, md);
    }

    @Test
    void emptyResultSaysSo() {
        String md = MarkdownReport.render(ReportFixtures.empty());
        assertTrue(md.endsWith("| 0 | 0 | 0 | 0 | 3 | 0 |\n\nNo findings.\n"), md);
    }

    @Test
    void capsAtTwoHundredFindingLinesAndSaysHowManyOfEachItLeftOut() {
        String md = MarkdownReport.render(ReportFixtures.many(207));
        long items = md.lines().filter(l -> l.startsWith("- line ")).count();
        assertEquals(200, items);
        assertTrue(md.endsWith("- line 5: warning [section.item-count] finding 199\n\n"
                + "… and 7 more left out: 7 warnings (`report.json` lists every finding)\n"), md);
        // Files whose findings all fall past the cap get no heading.
        assertTrue(md.contains("#### s/039.md\n"), md);
        assertFalse(md.contains("#### s/040.md"), md);
    }

    @Test
    void exactlyTwoHundredHasNoMoreLine() {
        String md = MarkdownReport.render(ReportFixtures.many(200));
        assertEquals(200, md.lines().filter(l -> l.startsWith("- line ")).count());
        assertFalse(md.contains("more"), md);
        assertTrue(md.endsWith("finding 199\n"), md);
    }

    @Test
    void cutsInfosAndWarningsBeforeAnyError() {
        // infos first by path: without the severity order they would fill the summary
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            findings.add(finding(Severity.INFO, "a/" + i + ".md", false));
        }
        for (int i = 0; i < 100; i++) {
            findings.add(finding(Severity.WARNING, "b/" + i + ".md", false));
        }
        for (int i = 0; i < 150; i++) {
            findings.add(finding(Severity.ERROR, "c/" + i + ".md", false));
        }
        String md = MarkdownReport.render(result(findings));
        assertEquals(150, count(md, "error"));
        assertEquals(50, count(md, "warning"));
        assertEquals(0, count(md, "info"));
        assertTrue(md.indexOf("### Errors") < md.indexOf("### Warnings"), md);
        assertFalse(md.contains("### Infos"), md);
        assertTrue(md.endsWith("\n… and 70 more left out: 50 warnings, 20 infos (`report.json` lists every finding)\n"),
                md);
    }

    @Test
    void keepsEveryUnsuppressedErrorEvenPastTheCap() {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            findings.add(finding(Severity.ERROR, String.format("e/%03d.md", i), false));
        }
        findings.add(finding(Severity.ERROR, "e/000.md", true));
        findings.add(finding(Severity.WARNING, "w.md", false));
        findings.add(finding(Severity.INFO, "i.md", false));
        String md = MarkdownReport.render(result(findings));
        assertEquals(250, count(md, "error"));
        assertFalse(md.contains("*(suppressed)*"), md);
        assertTrue(md.endsWith("\n… and 3 more left out: 1 warnings, 1 infos, 1 suppressed "
                + "(`report.json` lists every finding)\n"), md);
    }

    private static Finding finding(Severity severity, String file, boolean suppressed) {
        Finding finding = new Finding("r.x", severity, file, 1, 0, "m " + file, null);
        return suppressed ? finding.suppress() : finding;
    }

    private static RunResult result(List<Finding> findings) {
        return new RunResult(Path.of("n"), findings.size(), List.of(), findings);
    }

    private static long count(String md, String severity) {
        return md.lines().filter(l -> l.startsWith("- line 1: " + severity + " ")).count();
    }

    @Test
    void escapesOutsideCodeSpansOnly() {
        assertEquals("a \\*b\\* \\_c\\_ `<x> *y*` \\[l\\](u) \\@team \\~\\~s\\~\\~", MarkdownReport.escape(
                "a *b* _c_ `<x> *y*` [l](u) @team ~~s~~"));
        assertEquals("``a ` b`` then \\<i\\>", MarkdownReport.escape("``a ` b`` then <i>"));
        assertEquals("unclosed \\` \\<b\\>", MarkdownReport.escape("unclosed ` <b>"));
        assertEquals("one two three", MarkdownReport.escape("one\ntwo\r\nthree"));
        assertEquals("a | b \\\\ c\uFFFD d", MarkdownReport.escape("a | b \\ c\u0002\td"));
    }

    @Test
    void keepsEveryOtherCharacterAsItIs() {
        for (char c = 0; c < 0x3000; c++) {
            String text = "a" + c + "b";
            boolean kept = c >= 0x20 && "`\\*_[]<>&~@".indexOf(c) < 0;
            assertEquals(kept, MarkdownReport.escape(text).equals(text), "U+" + Integer.toHexString(c));
        }
        assertEquals("a\\&b", MarkdownReport.escape("a&b"));
        assertEquals("tab then", MarkdownReport.escape("tab\tthen"));
    }
}
