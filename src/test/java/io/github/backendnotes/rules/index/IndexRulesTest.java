package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Series;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The index.* rules: a series README against the series' chapters, through engine runs. */
class IndexRulesTest {

    @TempDir
    Path root;

    @BeforeEach
    void series() {
        // no Scope: every numbered file of the folder is a chapter
        write(root, "pond/quality_rubric.md", "# Pond rubric\n");
        write(root, "pond/01_frogs.md", "# Frogs\n");
        write(root, "pond/02_lilies.md", "# Lilies\n");
        write(root, "pond/03_carp.md", "# Carp\n");
        write(root, "pond/04_reeds.md", "# Reeds\n");
        write(root, "pond/notes.md", "# Loose notes\n");
    }

    private List<String> run(String readme) throws IOException {
        write(root, "pond/README.md", readme);
        return full(verifyRules(root, "index."));
    }

    @Test
    void batchesNumberedWithoutGapsAndAsManyAsTheHeadingSays() throws IOException {
        assertEquals(List.of(
                "pond/README.md:3:1: error [index.batch-sequence] the heading says 4 batches, the route lists 3",
                "pond/README.md:6:1: error [index.batch-sequence] expected Batch 2 here, found Batch 3"), run("""
                # Pond

                ## Batch Learning Route (4 batches)

                - Batch 1: `01`
                - Batch 3: `02`, `03`
                - Batch 4: `04`
                """));
    }

    @Test
    void aWellFormedRouteHasNoFinding() throws IOException {
        assertEquals(List.of(), run("""
                ## Batch Learning Route (2 batches)

                - Batch 1: `01`, `02` (basics)
                - Batch 2: `03`, `04`
                """));
    }

    @Test
    void everyChapterInExactlyOneBatchAndEveryIdAChapter() throws IOException {
        assertEquals(List.of(
                "pond/README.md:3:1: error [index.batch-coverage] chapter '03' (03_carp.md) is in no batch",
                "pond/README.md:6:1: error [index.batch-coverage] chapter '02' is in Batch 1 and again in Batch 2; each chapter belongs to one batch",
                "pond/README.md:6:1: error [index.unknown-chapter] Batch 2 names '07', but the series has no chapter numbered 07"),
                run("""
                # Pond

                ## Batch Learning Route (2 batches)

                - Batch 1: `01`, `02`
                - Batch 2: `02`, `04`, `07`
                """));
    }

    @Test
    void everyChapterInExactlyOnePriorityGroup() throws IOException {
        assertEquals(List.of(
                "pond/README.md:1:1: error [index.priority-coverage] chapter '02' (02_lilies.md) is in no reading-priority group",
                "pond/README.md:1:1: error [index.priority-coverage] chapter '04' (04_reeds.md) is in no reading-priority group",
                "pond/README.md:4:1: error [index.priority-coverage] chapter '03' is in Must-read and again in Optional; each chapter belongs to one reading-priority group",
                "pond/README.md:4:1: error [index.unknown-chapter] Optional names '09', but the series has no chapter numbered 09"),
                run("""
                ## Reading Priority

                - Must-read (`必讀`): `01`, `03`
                - Optional: `03`, `09`
                """));
    }

    @Test
    void chapterListNamesEveryChapterOnceByFileNameWithItsPriorityLabel() throws IOException {
        assertEquals(List.of(
                "pond/README.md:8:1: error [index.chapter-list] chapter '04_reeds.md' is not in the Chapters list",
                "pond/README.md:11:1: error [index.chapter-list] entry 'Lilies' links to '02_lilies.md'; its name should be the file's, '02_lilies'",
                "pond/README.md:12:1: error [index.chapter-list] entry '03_carp' is labelled '必讀', but Reading Priority puts '03' in '選讀'",
                "pond/README.md:13:1: error [index.chapter-list] './01_frogs.md' is listed again (first on line 10)"),
                run("""
                # Pond

                ## Reading Priority

                - Must-read (`必讀`): `01`, `02`
                - Optional (`選讀`): `03`, `04`

                ## Chapters

                - [01_frogs](01_frogs.md) - 必讀 - 60 min
                - [Lilies](02_lilies.md) - 必讀
                - [03_carp](03_carp.md) - 必讀
                - [01_frogs](./01_frogs.md) - 必讀
                - [anything](notes.md) - 選讀
                - [ghost](ghost.md) - 選讀
                """));
    }

    @Test
    void anEntryNameMayWriteTheFileNamesSeparatorsAsSpacesOrHyphensInAnyCase() throws IOException {
        assertEquals(List.of(
                "pond/README.md:10:1: error [index.chapter-list] entry '04reeds' links to '04_reeds.md'; its name should be the file's, '04_reeds'"),
                run("""
                ## Reading Priority

                - Must-read (`必讀`): `01`, `02`, `03`, `04`

                ## Chapters

                - [01 Frogs](01_frogs.md) - 必讀
                - [02 -  lilies](02_lilies.md) - 必讀
                - [ 03-CARP ](03_carp.md) - 必讀
                - [04reeds](04_reeds.md) - 必讀
                """));
    }

    @Test
    void aGroupWithoutATagIsLabelledByItsNameHyphenIncluded() throws IOException {
        assertEquals(List.of(
                "pond/README.md:11:1: error [index.chapter-list] entry '04_reeds' is labelled 'Must-read', but Reading Priority puts '04' in 'Nice-to-have'"),
                run("""
                ## Reading Priority

                - Must-read: `01`, `02`, `03`
                - Nice-to-have: `04`

                ## Chapters

                - [01_frogs](01_frogs.md) - Must-read - 60 min
                - [02_lilies](02_lilies.md) - Must-read
                - [03_carp](03_carp.md) - Must-read - 30 min
                - [04_reeds](04_reeds.md) - Must-read - 30 min
                """));
    }

    @Test
    void aGroupAndAnEstimateNamedDifferentlyAreOneGroupByTheirTag() throws IOException {
        // the estimate line carries the tag of the group it times
        assertEquals(List.of(
                "pond/README.md:13:1: warning [index.minutes] 50 min for '03_carp' is outside the 20-30 min that "
                        + "'Skippable chapters' gives (line 8)"), run("""
                ## Reading Priority

                - Must-read (`必讀`): `01`, `02`
                - Optional (`可跳讀`): `03`, `04`

                ## Estimated Time

                - Skippable chapters (`可跳讀`): 20-30 min each.

                ## Chapters

                - [01_frogs](01_frogs.md) - 必讀 - 75 min
                - [03_carp](03_carp.md) - 可跳讀 - 50 min
                - [04_reeds](04_reeds.md) - 可跳讀 - 25 min
                """).stream().filter(f -> f.contains("index.minutes")).toList());
    }

    @Test
    void anUntaggedEstimateTakesTheTagAnotherReadmeGivesItsFirstWord() throws IOException {
        write(root, "lake/quality_rubric.md", "# Lake rubric\n");
        write(root, "lake/01_ice.md", "# Ice\n");
        write(root, "lake/README.md", "## Reading Priority\n\n- Skippable (`可跳讀`): `01`\n");
        assertEquals(List.of(
                "pond/README.md:12:1: warning [index.minutes] 50 min for '03_carp' is outside the 20-30 min that "
                        + "'Skippable chapters' gives (line 8)"), run("""
                ## Reading Priority

                - Must-read (`必讀`): `01`, `02`
                - Optional (`可跳讀`): `03`, `04`

                ## Estimated Time

                - Skippable chapters: 20-30 min each.

                ## Chapters

                - [03_carp](03_carp.md) - 可跳讀 - 50 min
                - [04_reeds](04_reeds.md) - 可跳讀 - 25 min
                """).stream().filter(f -> f.contains("index.minutes")).toList());
    }

    @Test
    void minutesOutsideTheEstimateOfTheKindOrElseOfThePriority() throws IOException {
        write(root, "pond/quality_rubric.md", """
                # Pond rubric

                ## Chapter-level Minimums — Troubleshooting Guide

                1. `Symptom`
                2. `Fix`

                ## Chapter-level Minimums — Teaching Chapter

                1. `Intent`
                2. `Example`
                """);
        write(root, "pond/01_frogs.md", "# Frogs\n\n## Symptom\n\n## Fix\n");
        write(root, "pond/02_lilies.md", "# Lilies\n\n## Intent\n\n## Example\n");
        write(root, "pond/03_carp.md", "# Carp\n\n## Intent\n\n## Example\n");
        write(root, "pond/04_reeds.md", "# Reeds\n\n## Symptom\n\n## Fix\n");
        assertEquals(List.of(
                "pond/README.md:14:1: warning [index.minutes] 75 min for '01_frogs' is outside the 45-60 min that 'Troubleshooting guides' gives (line 8)",
                "pond/README.md:15:1: warning [index.minutes] 60 min for '02_lilies' is outside the 90 min that 'Must-read chapters' gives (line 9)",
                "pond/README.md:16:1: warning [index.minutes] 50 min for '03_carp' is outside the 20-30 min that 'Optional chapters' gives (line 10)"),
                run("""
                ## Reading Priority

                - Must-read (`必讀`): `01`, `02`
                - Optional (`選讀`): `03`, `04`

                ## Estimated Time

                - Troubleshooting guides: 45-60 min each.
                - Must-read chapters: 90 min each.
                - Optional chapters: 20-30 min each.

                ## Chapters

                - [01_frogs](01_frogs.md) - 必讀 - 75 min
                - [02_lilies](02_lilies.md) - 必讀 - 60 min
                - [03_carp](03_carp.md) - 選讀 - 50 min
                - [04_reeds](04_reeds.md) - 選讀 - 50 min
                - [anything](notes.md) - 選讀 - 500 min
                """));
    }

    @Test
    void aRenamedChapterKeepsItsIdThroughTheSeriesNumberedFiles() throws IOException {
        write(root, "pond/quality_rubric.md", """
                # Pond rubric

                ## Scope

                - `01_frogs.md`
                - `02_lilies.md`
                - `03_old_carp.md`
                - `04_reeds.md`
                """);
        assertEquals(List.of(
                "pond/README.md:3:1: error [index.unknown-chapter] Batch 1 names '05', but the series has no chapter numbered 05"),
                run("""
                ## Batch Learning Route (1 batches)

                - Batch 1: `01`, `02`, `03`, `04`, `05`
                """));
        Series pond = verify(root).series().get(0);
        // 03_carp.md is not a chapter (the Scope names its old name) but is one of the series' numbered files
        assertEquals(List.of("pond/01_frogs.md", "pond/02_lilies.md", "pond/04_reeds.md"), pond.chapters());
        assertEquals(List.of("pond/01_frogs.md", "pond/02_lilies.md", "pond/03_carp.md", "pond/04_reeds.md"), pond.numbered());
    }
}
