package io.github.backendnotes.check;

import io.github.backendnotes.TestVaults;

import io.github.backendnotes.model.Rubric;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.rubric;
import static io.github.backendnotes.TestVaults.rubricOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChapterKindsTest {

    private static final String TEACHING = """
            ## Chapter-level Minimums — Teaching Chapter

            1. `Intent`
            2. `Concept`
            3. `Example`
            4. `Summary`
            """;
    private static final String GUIDE = """
            ## Chapter-level Minimums — Troubleshooting Guide

            1. `Symptom`
            2. `Cause`
            3. `Fix`
            4. `Verify`
            """;
    private static final String SHORT = """
            ## Chapter-level Minimums — Quick Note

            1. `Idea`
            2. `Example`
            """;

    private static ChapterKinds.Match match(String rubricText, String noteText) {
        Rubric rubric = rubric("s/quality_rubric.md", rubricText);
        return ChapterKinds.match(rubric, note("s/01_a.md", noteText)).orElseThrow();
    }

    @Test
    void kindWithMostRequiredHeadingsPresentWins() {
        ChapterKinds.Match match = match(TEACHING + "\n" + GUIDE, "## Symptom\n\n## Intent\n\n## Fix\n");
        assertEquals("Troubleshooting Guide", match.kind().name());
        assertEquals(2, match.present());
        assertEquals(4, match.required());
        assertFalse(match.poor()); // exactly half is not poor
    }

    @Test
    void exactTieGoesToTheKindTheRubricListsFirst() {
        String note = "## Symptom\n\n## Intent\n";
        assertEquals("Teaching Chapter", match(TEACHING + "\n" + GUIDE, note).kind().name());
        assertEquals("Troubleshooting Guide", match(GUIDE + "\n" + TEACHING, note).kind().name());
        ChapterKinds.Match none = match(GUIDE + "\n" + TEACHING, "## Elsewhere\n");
        assertEquals("Troubleshooting Guide", none.kind().name());
        assertEquals(0, none.present());
        assertTrue(none.poor());
    }

    @Test
    void sameCountGoesToTheKindOfWhichALargerShareIsPresent() {
        // one of Teaching's four and one of Quick Note's two: Quick Note fits better, though listed second
        ChapterKinds.Match match = match(TEACHING + "\n" + SHORT, "## Intent\n\n## Idea\n");
        assertEquals("Quick Note", match.kind().name());
        assertEquals(1, match.present());
        assertFalse(match.poor());
    }

    @Test
    void poorWhenFewerThanHalfArePresent() {
        ChapterKinds.Match one = match(TEACHING, "## Intent\n\n## Other\n");
        assertEquals(1, one.present());
        assertTrue(one.poor());
        ChapterKinds.Match two = match(TEACHING, "## Intent\n\n## Summary\n");
        assertEquals(2, two.present());
        assertFalse(two.poor());
    }

    @Test
    void onlyTrimmedH2HeadingsCount() {
        ChapterKinds.Match match = match(TEACHING, "##   Intent   \n\n### Concept\n\n# Example\n\n## Summary\n");
        assertEquals(2, match.present());
        assertEquals(2, ChapterKinds.h2(note("a.md", "# T\n\n## A\n\n### B\n\n## C\n")).size());
    }

    @Test
    void noKindWhenTheRubricDefinesNone() {
        assertEquals(Optional.empty(), ChapterKinds.match(rubricOf(), note("s/01_a.md", "## Intent\n")));
    }

    @Test
    void aRequiredHeadingMayCarryASuffix() {
        assertTrue(ChapterKinds.isHeading("Further Reading (official links only)", "Further Reading"));
        assertTrue(ChapterKinds.isHeading("Further Reading（官方）", "Further Reading"));
        assertTrue(ChapterKinds.isHeading("Further Reading", "Further Reading"));
        assertFalse(ChapterKinds.isHeading("Further Readings", "Further Reading"));
        assertFalse(ChapterKinds.isHeading("Reading", "Further Reading"));
        // the same text wins over a suffixed one
        assertEquals(1, ChapterKinds.indexOf(java.util.List.of("Go", "Go 實作"), "Go 實作"));
        assertEquals(0, ChapterKinds.indexOf(java.util.List.of("Go", "Go 實作"), "Go (notes)"));
    }
}
