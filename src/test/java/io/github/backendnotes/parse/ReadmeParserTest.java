package io.github.backendnotes.parse;

import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.SeriesReadme.Batch;
import io.github.backendnotes.model.SeriesReadme.ChapterEntry;
import io.github.backendnotes.model.SeriesReadme.ChapterId;
import io.github.backendnotes.model.SeriesReadme.Estimate;
import io.github.backendnotes.model.SeriesReadme.PriorityGroup;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.readme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadmeParserTest {

    private static final String README = """
            # Pond notes

            ## Batch Learning Route (3 batches)

            - Batch 1: `01`, `02` (warm-up, see `09` later)
            - Batch 2: `03`
            - Batch 3: `04`（收尾 `08`）
            - Not a batch: `07`

            ## Reading Priority

            - Must-read (`必讀`): `01`, `03`
            - Optional: `02`, `04`

            ## Chapters

            - [01_frogs](01_frogs.md) - 必讀 - 90 min
            - [02_lilies](02_lilies.md) - Optional

            ### Deeper water

            - [03_carp](deep/03_carp.md) - 必讀 - 45 min
            - a line without a link - 必讀 - 10 min

            ## Estimated Time per Chapter

            - Troubleshooting guides: 45-60 min each.
            - Must-read chapters: 30 min each
            - Anything else: as long as it takes
            """;

    private final SeriesReadme parsed = readme("pond/README.md", README);

    @Test
    void batchesWithDeclaredCountAndIdsBeforeTheDescription() {
        assertEquals("pond/README.md", parsed.file());
        assertEquals(3, parsed.batchHeadingLine());
        assertEquals(3, parsed.declaredBatches());
        assertEquals(List.of(
                new Batch(1, List.of(new ChapterId("01", 5, 1), new ChapterId("02", 5, 1)), 5),
                new Batch(2, List.of(new ChapterId("03", 6, 1)), 6),
                new Batch(3, List.of(new ChapterId("04", 7, 1)), 7)), parsed.batches());
    }

    @Test
    void priorityGroupsWithLabelAndTagOrLabelAsTag() {
        assertEquals(10, parsed.priorityHeadingLine());
        assertEquals(List.of(
                new PriorityGroup("Must-read", "必讀", List.of(new ChapterId("01", 12, 1), new ChapterId("03", 12, 1)), 12),
                new PriorityGroup("Optional", "Optional", List.of(new ChapterId("02", 13, 1), new ChapterId("04", 13, 1)), 13)),
                parsed.priorities());
    }

    @Test
    void chapterEntriesOfTheSectionAndItsSubsectionsWithPriorityAndMinutes() {
        assertEquals(15, parsed.chapterHeadingLine());
        assertEquals(List.of(
                new ChapterEntry("01_frogs", "01_frogs.md", "必讀", 90, 17),
                new ChapterEntry("02_lilies", "02_lilies.md", "Optional", -1, 18),
                new ChapterEntry("03_carp", "deep/03_carp.md", "必讀", 45, 22)), parsed.chapters());
    }

    @Test
    void estimatesAsRangeOrSingleValue() {
        assertEquals(List.of(
                new Estimate("Troubleshooting guides", 45, 60, 27),
                new Estimate("Must-read chapters", 30, 30, 28)), parsed.estimates());
        Estimate range = parsed.estimates().get(0);
        assertTrue(range.contains(45));
        assertTrue(range.contains(60));
        assertFalse(range.contains(44));
        assertFalse(range.contains(61));
    }

    @Test
    void batchHeadingWithoutCountAndFullWidthColon() {
        SeriesReadme other = readme("r.md", """
                ## Batches

                - batch 1：`05`
                - Batch 2: none yet
                """);
        assertEquals(1, other.batchHeadingLine());
        assertEquals(-1, other.declaredBatches());
        assertEquals(List.of(new Batch(1, List.of(new ChapterId("05", 3, 1)), 3), new Batch(2, List.of(), 4)),
                other.batches());
    }

    @Test
    void aHyphenInsideThePriorityLabelIsNotASeparator() {
        SeriesReadme hyphenated = readme("r.md", """
                ## Chapters

                - [01_a](01_a.md) - Must-read - 60 min
                - [02_b](02_b.md) - Deep-dive
                - [03_c](03_c.md) - 必讀-30 min
                """);
        assertEquals(List.of(
                new ChapterEntry("01_a", "01_a.md", "Must-read", 60, 3),
                new ChapterEntry("02_b", "02_b.md", "Deep-dive", -1, 4),
                new ChapterEntry("03_c", "03_c.md", "必讀", 30, 5)), hyphenated.chapters());
    }

    @Test
    void aReadmeWithoutTheSectionsGivesNothing() {
        SeriesReadme empty = readme("r.md", "# Title\n\n## Overview\n\n- Batch 1: `01`\n- [x](x.md) - 必讀 - 5 min\n");
        assertEquals(new SeriesReadme("r.md", 0, -1, List.of(), 0, List.of(), 0, List.of(), List.of()), empty);
    }

    @Test
    void numbersTooLargeForAnIntAreNotReadAsCountsOrMinutesAndTheLabelIsKept() {
        SeriesReadme huge = readme("pond/README.md", """
                # Pond notes

                ## Batch Learning Route (99999999999 batches)

                - Batch 1: `01`

                ## Chapters

                - [01_frogs](01_frogs.md) - 必讀 - 99999999999 min

                ## Estimated Time per Chapter

                - Must-read chapters: 99999999999 min each
                """);
        assertEquals(-1, huge.declaredBatches());
        assertEquals(1, huge.batches().size());
        assertEquals(List.of(), huge.estimates());
        assertEquals(List.of(new ChapterEntry("01_frogs", "01_frogs.md", "必讀", -1, 9)), huge.chapters());
    }
}
