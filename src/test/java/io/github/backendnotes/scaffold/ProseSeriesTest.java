package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.scaffold.GardenVault.TODAY;
import static io.github.backendnotes.scaffold.GardenVault.about;
import static io.github.backendnotes.scaffold.GardenVault.create;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A series whose rubric states its contract in prose and has no front-matter table, whose coverage matrix sits in
 * the folder above it: the chapter follows its neighbours' front matter and heading order, and the row goes there.
 */
class ProseSeriesTest {

    @TempDir
    Path root;

    private void vault() {
        write(root, "kitchen/coverage_matrix.md", """
                | Capability Area | Required Topic | Coverage Files | Status |
                | --- | --- | --- | --- |
                | Baking | Bread | `bread/01_dough.md` | Done |
                | Stews | Broth | `soup/01_broth.md` | Done |
                """);
        write(root, "kitchen/bread/readme.md", """
                # Bread

                ## Reading Priority

                - Must-read (`必讀`): `01`, `02`

                ## Chapters

                - [01_dough](01_dough.md) - 必讀 - 60 min
                - [02_crust](02_crust.md) - 必讀 - 60 min
                """);
        write(root, "kitchen/bread/quality_rubric.md", """
                # Bread Rubric

                ## Chapter-level Minimums

                - 章節合約：必須含 3 個固定標題。
                - `Goal`：至少 2 段。
                - `Steps`：至少 3 條。
                """);
        for (String[] chapter : new String[][] {{"01", "dough"}, {"02", "crust"}}) {
            write(root, "kitchen/bread/" + chapter[0] + "_" + chapter[1] + ".md", "---\ntitle: " + chapter[1]
                    + "\nseries: bread_notes\nchapter: \"" + chapter[0] + "\"\ntags: [kitchen, bread, " + chapter[1]
                    + "]\nafter: [" + chapter[1] + "_basics]\ncreated: 2026-01-01\n---\n# " + chapter[1] + "\n\n## Goal\n\nOne.\n\nTwo.\n\n"
                    + "## Tools\n\n- oven\n\n## Steps\n\n- a\n- b\n- c\n");
        }
    }

    @Test
    void theChapterFollowsItsNeighboursAndTheMatrixAboveTheSeries() throws Exception {
        vault();
        NewChapter.Outcome outcome = create(root, new NewChapterRequest("bread", "Rye Loaf", null, null, null, null,
                null, null, null, null, TODAY));

        assertEquals("kitchen/bread/03_rye_loaf.md", outcome.chapter());
        assertEquals("""
                ---
                title: "Rye Loaf"
                series: bread_notes
                chapter: "03"
                tags: [kitchen, bread, rye-loaf]
                created: 2026-03-10
                ---

                # Rye Loaf

                ## Goal

                <!-- To write. The rubric asks: 至少 2 段。 -->

                ## Tools

                <!-- To write. -->

                ## Steps

                <!-- To write. The rubric asks: 至少 3 條。 -->
                """, Files.readString(root.resolve(outcome.chapter()), StandardCharsets.UTF_8));
        assertTrue(Files.readString(root.resolve("kitchen/coverage_matrix.md"), StandardCharsets.UTF_8)
                .contains("| Baking | Bread | `bread/01_dough.md` | Done |\n| Baking | Rye Loaf | `bread/03_rye_loaf.md` | Pending |\n"));
        List<Finding> left = about(root, outcome.chapter());
        assertEquals(List.of("section.paragraph-count", "section.item-count"), left.stream().map(Finding::ruleId).toList(),
                left.toString());
    }
}
