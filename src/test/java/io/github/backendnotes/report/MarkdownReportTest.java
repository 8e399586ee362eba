package io.github.backendnotes.report;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    @Test
    void countsTableThenFindingsByFile() {
        String md = MarkdownReport.render(ReportFixtures.result());
        assertEquals("""
                ## Backend notes: 1 errors, 1 warnings, 1 infos (1 suppressed) in 10 files (2 chapters in 2 series)

                | Errors | Warnings | Infos | Suppressed | Files | Chapters |
                |---:|---:|---:|---:|---:|---:|
                | 1 | 1 | 1 | 1 | 10 | 2 |

                ### backend/01\\_a.md

                - line 2: error [frontmatter.fixed-value] field 'type' is 'a "q" \\<b\\> \\& c' next line\uFFFD 100% \
                done, see: `x|y`
                - line 9: warning [structure.missing-heading] missing heading '## Summary'

                ### loose note.md

                - whole file: info [links.orphan] no note links to this one

                ### root/02\\_b.md

                - line 14: error [code.language-tag] code block without a language tag *(suppressed)*
                """, md);
    }

    @Test
    void emptyResultSaysSo() {
        String md = MarkdownReport.render(ReportFixtures.empty());
        assertTrue(md.endsWith("| 0 | 0 | 0 | 0 | 3 | 0 |\n\nNo findings.\n"), md);
    }

    @Test
    void capsAtTwoHundredFindingLinesAndSaysHowManyMore() {
        String md = MarkdownReport.render(ReportFixtures.many(207));
        long items = md.lines().filter(l -> l.startsWith("- line ")).count();
        assertEquals(200, items);
        assertTrue(md.endsWith("- line 5: warning [section.item-count] finding 199\n\n… and 7 more\n"), md);
        // Files whose findings all fall past the cap get no heading.
        assertTrue(md.contains("### s/039.md\n"), md);
        assertFalse(md.contains("### s/040.md"), md);
    }

    @Test
    void exactlyTwoHundredHasNoMoreLine() {
        String md = MarkdownReport.render(ReportFixtures.many(200));
        assertEquals(200, md.lines().filter(l -> l.startsWith("- line ")).count());
        assertFalse(md.contains("more"), md);
        assertTrue(md.endsWith("finding 199\n"), md);
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
}
