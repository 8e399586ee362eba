package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.github.backendnotes.scaffold.GardenVault.TODAY;
import static io.github.backendnotes.scaffold.GardenVault.about;
import static io.github.backendnotes.scaffold.GardenVault.ask;
import static io.github.backendnotes.scaffold.GardenVault.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A new chapter is written from its rubric and registered where the checks look for it. */
class NewChapterTest {

    @TempDir
    Path root;

    private String read(String file) throws IOException {
        return Files.readString(root.resolve(file), StandardCharsets.UTF_8);
    }

    @Test
    void theChapterHasTheRubricsFrontMatterAndTheKindsHeadingsWithTheirMinimums() throws Exception {
        GardenVault.write(root);
        NewChapter.Outcome outcome = create(root, ask("Raised Beds / 高床", "beds"));

        assertEquals("garden/beds/04_raised_beds.md", outcome.chapter());
        assertEquals("""
                ---
                title: "Raised Beds / 高床"
                note_type: knowledge
                category: beds
                tags: [garden, beds, raised-beds]
                status: draft
                chapter: "04"
                level: hard
                created: 2026-03-10
                updated: 2026-03-10
                review_interval_days: 10
                next_review: 2026-03-20
                ---

                # Raised Beds / 高床

                ## Goal

                <!-- To write. The rubric asks: 1-2 句話。 -->

                ## Steps

                <!-- To write. The rubric asks: 至少 3 條。 -->

                ## Pitfalls

                <!-- To write. The rubric asks: 至少 2 條。 -->
                """, read(outcome.chapter()));
    }

    @Test
    void theReadmeMatrixAndScopeGainOneEntryEachAtTheLinesTheModelGives() throws Exception {
        GardenVault.write(root);
        NewChapter.Outcome outcome = create(root, ask("Raised Beds / 高床", "beds"));

        assertEquals(List.of("garden/readme.md", "garden/coverage_matrix.md", "garden/quality_rubric.md"),
                outcome.changed());
        assertEquals(GardenVault.README
                .replace("- Batch 2: `03` (tools)", "- Batch 2: `03`, `04` (tools)")
                .replace("- Optional (`可跳讀`): `02`", "- Optional (`可跳讀`): `02`, `04`")
                .replace("- [02_compost](beds/02_compost.md) - 可跳讀 - 40 min\n", "- [02_compost](beds/02_compost.md)"
                        + " - 可跳讀 - 40 min\n- [04_raised_beds](beds/04_raised_beds.md) - 可跳讀 - 40 min\n"),
                read("garden/readme.md"));
        assertEquals(GardenVault.MATRIX.replace("| Beds | Compost | `beds/02_compost.md` | Done |\n",
                "| Beds | Compost | `beds/02_compost.md` | Done |\n| Beds | Raised Beds | `beds/04_raised_beds.md` | Pending |\n"),
                read("garden/coverage_matrix.md"));
        assertEquals(GardenVault.RUBRIC.replace("- `tools/03_spade.md`\n", "- `tools/03_spade.md`\n- `beds/04_raised_beds.md`\n"),
                read("garden/quality_rubric.md"));
    }

    @Test
    void verifyThenFindsOnlyTheSectionMinimumsOfTheNewChapter() throws Exception {
        GardenVault.write(root);
        List<Finding> before = about(root, "garden/beds/04_raised_beds.md");
        NewChapter.Outcome outcome = create(root, ask("Raised Beds / 高床", "beds"));
        List<Finding> after = about(root, outcome.chapter());

        assertTrue(before.isEmpty(), before.toString());
        assertEquals(List.of("section.sentence-count", "section.item-count", "section.item-count"),
                after.stream().map(Finding::ruleId).toList(), after.toString());
    }

    @Test
    void theDefaultsAreSaidAndTheAskedValuesWin() throws Exception {
        GardenVault.write(root);
        NewChapter.Outcome outcome = create(root, new NewChapterRequest("garden", "Hoe", "weeding_hoe", "tools",
                "checklist", "7", "必讀", 2, "Hand Tools", Map.of("level", "easy", "status", "active"), TODAY));

        assertEquals("garden/tools/07_weeding_hoe.md", outcome.chapter());
        String chapter = read(outcome.chapter());
        assertTrue(chapter.contains("\nstatus: active\nchapter: \"07\"\nlevel: easy\n"), chapter);
        assertTrue(chapter.contains("## Purpose\n\n<!-- To write. -->\n\n## Checks\n"), chapter);
        String readme = read("garden/readme.md");
        assertTrue(readme.contains("- Must-read (`必讀`): `01`, `03`, `07`\n"), readme);
        assertTrue(readme.contains("- [07_weeding_hoe](tools/07_weeding_hoe.md) - 必讀 - 20 min\n"), readme);
        assertTrue(read("garden/coverage_matrix.md").endsWith(
                "| Tools | Spade | `tools/03_spade.md` | Done |\n| Hand Tools | Hoe | `tools/07_weeding_hoe.md` | Pending |\n"));
        assertEquals(List.of("minutes: 20, from 'Checklist chapters' (line 11)",
                "garden/coverage_matrix.md: a Pending row under 'Hand Tools'"), outcome.said());
    }

    @Test
    void withoutChoicesTheLastBatchAndGroupAndTheNextNumberAreTakenAndSaid() throws Exception {
        GardenVault.write(root);
        NewChapter.Outcome outcome = create(root, ask("Mulch", "beds"));

        assertEquals(List.of(
                "kind: 'Lesson Chapter', the rubric's first (-Dkind to choose another of: 'Lesson Chapter', 'Checklist Chapter')",
                "number: 04, the next free one (-Dnumber to choose)",
                "batch: 2, the README's last (-Dbatch to choose)",
                "priority: 'Optional' (可跳讀), the README's last group (-Dpriority to choose)",
                "minutes: 40, from 'Lesson chapters' (line 10)",
                "garden/coverage_matrix.md: a Pending row under 'Beds'"), outcome.said());
    }

    @Test
    void aTimestampPrefixIsNoChapterNumberToFollow() throws Exception {
        GardenVault.write(root);
        Files.writeString(root.resolve("garden/beds/20261130120000_log.md"), "# Log\n");
        NewChapter.Outcome outcome = create(root, ask("Mulch", "beds"));

        assertTrue(outcome.said().contains("number: 04, the next free one (-Dnumber to choose)"),
                outcome.said()::toString);
    }

    @Test
    void aNewBatchFollowsTheLastAndRaisesTheHeadingsCount() throws Exception {
        GardenVault.write(root);
        create(root, new NewChapterRequest("garden", "Mulch", null, "beds", null, null, null, 3, null, null, TODAY));

        String readme = read("garden/readme.md");
        assertTrue(readme.contains("## Batch Learning Route (3 batches)\n"), readme);
        assertTrue(readme.contains("- Batch 2: `03` (tools)\n- Batch 3: `04` (Mulch)\n"), readme);
        assertTrue(about(root, "garden/beds/04_mulch.md").stream().allMatch(f -> f.ruleId().startsWith("section.")));
    }

    @Test
    void aScopeRangeEndingBeforeTheChapterIsRaised() throws Exception {
        GardenVault.write(root);
        io.github.backendnotes.TestVaults.write(root, "garden/quality_rubric.md", GardenVault.RUBRIC.replace(
                "- `beds/01_soil.md`\n- `beds/02_compost.md`\n- `tools/03_spade.md`\n", "適用：`01` 到 `03` 全章。\n"));
        create(root, ask("Mulch", "beds"));

        assertTrue(read("garden/quality_rubric.md").contains("適用：`01` 到 `04` 全章。\n"));
        assertTrue(about(root, "garden/beds/04_mulch.md").stream().allMatch(f -> f.ruleId().startsWith("section.")));
    }

    @Test
    void theRootIndexListsTheChapterAfterItsFolder() throws Exception {
        GardenVault.write(root);
        io.github.backendnotes.TestVaults.write(root, "INDEX.md", "# Index\n\n- [01_soil](garden/beds/01_soil.md)\n"
                + "- [02_compost](garden/beds/02_compost.md)\n- [03_spade](garden/tools/03_spade.md)\n");
        create(root, ask("Mulch", "beds"));

        assertEquals("# Index\n\n- [01_soil](garden/beds/01_soil.md)\n- [02_compost](garden/beds/02_compost.md)\n"
                + "- [04_mulch](garden/beds/04_mulch.md)\n- [03_spade](garden/tools/03_spade.md)\n", read("INDEX.md"));
        assertFalse(about(root, "garden/beds/04_mulch.md").stream().anyMatch(f -> f.ruleId().startsWith("index.")));
    }

    @Test
    void crlfFilesStayCrlfAndKeepEveryOtherByte() throws Exception {
        GardenVault.write(root);
        io.github.backendnotes.TestVaults.write(root, "garden/readme.md", GardenVault.README.replace("\n", "\r\n"));
        create(root, ask("Mulch", "beds"));

        String readme = read("garden/readme.md");
        assertFalse(readme.replace("\r\n", "").contains("\n"), "a bare line feed");
        assertTrue(readme.contains("\r\n- [04_mulch](beds/04_mulch.md) - 可跳讀 - 40 min\r\n"), readme);
    }
}
