package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.NoteRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.brief;
import static io.github.backendnotes.TestVaults.chapter;
import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.messages;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

class StructureRulesTest {

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums — Teaching Chapter

            1. `Intent`
            2. `Concept`
            3. `Example`
            4. `Summary`

            ## Chapter-level Minimums — Troubleshooting Guide

            1. `Symptom`
            2. `Cause`
            3. `Fix`
            """);

    private static final List<NoteRule> RULES = List.of(new ChapterKindRule(), new MissingHeadingRule(),
            new HeadingOrderRule(), new DuplicateHeadingRule());

    private static List<Finding> all(String noteText, ChapterContext chapter) {
        return RULES.stream().flatMap(rule -> runOn(rule, noteText, chapter).stream()).toList();
    }

    @Test
    void missingHeadingAtTheNextPresentHeadingWithItsNeighbours() {
        List<Finding> findings = runOn(new MissingHeadingRule(), """
                # Title

                ## Intent

                ## Example

                ## Summary
                """, CHAPTER);
        assertEquals(List.of(new Finding("structure.missing-heading", Severity.ERROR, "s/01_a.md", 5, 1,
                "missing heading 'Concept' (Teaching Chapter: expected after 'Intent' and before 'Example')", "s")),
                findings);
    }

    @Test
    void missingFirstAndLastHeadings() {
        List<Finding> findings = runOn(new MissingHeadingRule(), "## Concept\n\n## Example\n", CHAPTER);
        assertEquals(List.of(
                "1: missing heading 'Intent' (Teaching Chapter: expected first, before 'Concept')",
                // nothing required follows: at the last H2
                "3: missing heading 'Summary' (Teaching Chapter: expected last, after 'Example')"),
                messages(findings));
    }

    @Test
    void twoSwappedHeadingsReportTheOneOutsideTheInOrderRun() {
        String note = """
                ## Intent

                ## Example

                ## Concept

                ## Summary
                """;
        assertEquals(List.of("s/01_a.md:5:1 structure.heading-order"), brief(all(note, CHAPTER)));
        assertEquals(List.of("5: heading 'Concept' is out of order (Teaching Chapter: expected after 'Intent' and before 'Example')"),
                messages(runOn(new HeadingOrderRule(), note, CHAPTER)));
    }

    @Test
    void aHeadingMovedFarIsTheOnlyOneReported() {
        String note = """
                ## Summary

                ## Intent

                ## Concept

                ## Example
                """;
        assertEquals(List.of("1: heading 'Summary' is out of order (Teaching Chapter: expected last, after 'Example')"),
                messages(runOn(new HeadingOrderRule(), note, CHAPTER)));
    }

    @Test
    void duplicateHeadingAtTheSecondNamingTheFirst() {
        String note = """
                ## Intent

                ## Concept

                ## Intent

                ## Example

                ## Summary
                """;
        assertEquals(List.of(new Finding("structure.duplicate-heading", Severity.ERROR, "s/01_a.md", 5, 1,
                "required heading 'Intent' appears again (first on line 1)", "s")), all(note, CHAPTER));
    }

    @Test
    void extraHeadingsAreAllowed() {
        String note = """
                ## Intent

                ## Cross-references

                ## Concept

                ### Concept

                ## Example

                ## Notes

                ## Summary

                ## Notes
                """;
        assertEquals(List.of(), all(note, CHAPTER));
    }

    @Test
    void chapterKindInfoOnlyWhenTheMatchIsPoor() {
        assertEquals(List.of(new Finding("structure.chapter-kind", Severity.INFO, "s/01_a.md", 1, 1,
                "matches no chapter kind of the rubric well; assumed 'Teaching Chapter' (1 of its 4 required headings present)",
                "s")), runOn(new ChapterKindRule(), "## Intent\n\n## Random\n", CHAPTER));
        assertEquals(List.of(), runOn(new ChapterKindRule(), "## Symptom\n\n## Fix\n", CHAPTER));
        assertEquals(List.of("1: matches no chapter kind of the rubric well; assumed 'chapter' (0 of its 2 required headings present)"),
                messages(runOn(new ChapterKindRule(), "## Other\n", chapterOf("""
                        ## Chapter-level Minimums

                        1. `Goal`
                        2. `Recap`
                        """))));
    }

    @Test
    void nothingWithoutAChapterOrWithoutKinds() {
        String note = "## Summary\n\n## Intent\n\n## Intent\n";
        assertEquals(List.of(), all(note, null));
        assertEquals(List.of(), all(note, chapter()));
    }
}
