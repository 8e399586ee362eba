package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.rules.VaultFixture;
import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A heading contract stated in prose: a count of fixed headings, a section added to them, and a bullet per heading;
 * the headings it counts but does not name are the ones most chapters share.
 */
class ProseContractTest {

    /** Four fixed headings and Evidence; the bullets name Goal and Steps: two more to infer. */
    static final String RUBRIC = """
            # Garden rubric

            ## Chapter-level Minimums

            - 章節合約：必須含 4 個固定標題，並額外加入 `Evidence` 區塊。
            - `Goal`：說清楚本章要做什麼。
            - `Steps`：3-5 個步驟。
            - `Evidence`：至少 2 種證據。
            """;

    @TempDir
    Path root;

    private void chapter(String file, String... headings) {
        StringBuilder text = new StringBuilder("# " + file + "\n");
        for (String heading : headings) {
            text.append("\n## ").append(heading).append("\n\n- one\n- two\n- three\n");
        }
        write(root, "garden/" + file, text.toString());
    }

    private RunResult run() throws IOException {
        write(root, "garden/quality_rubric.md", RUBRIC);
        write(root, "garden/readme.md", "# Garden\n");
        chapter("01_soil.md", "Goal", "Setup", "Steps (in order)", "Evidence", "Recap");
        // out of the bullets' order: a prose contract gives no order to check
        chapter("02_seeds.md", "Setup", "Goal", "Evidence", "Steps", "Recap", "Trivia");
        chapter("03_water.md", "Goal", "Setup", "Steps");
        return verify(root);
    }

    @Test
    void namedHeadingsAreRequiredInAnyOrderAndTheUnnamedAreInferred() throws IOException {
        List<String> found = full(run().findings().stream().filter(f -> f.ruleId().startsWith("structure.")).toList());
        assertEquals(List.of(
                "garden/03_water.md:1:1: warning [structure.inferred-heading] missing heading 'Recap' (chapter: inferred, "
                        + "2 of 3 chapters have it)",
                "garden/03_water.md:15:1: error [structure.missing-heading] missing heading 'Evidence' (chapter: "
                        + "required by the rubric's chapter contract, line 8)"), found);
    }

    @Test
    void theRubricLinesSayWhichHeadingsWereInferredAndFromHowManyChapters() throws IOException {
        Rubric rubric = run().series().get(0).rubric();
        ChapterKind kind = rubric.kinds().get(0);
        assertFalse(kind.ordered());
        assertEquals(List.of("Goal", "Steps", "Evidence", "Setup", "Recap"), kind.headingTexts());
        assertEquals(new ChapterKind.RequiredHeading("Setup", 3, 3, 3), kind.headings().get(3));
        List<String> enforced = rubric.enforced().stream().map(Rubric.RubricLine::text).toList();
        assertTrue(enforced.contains("chapter contract: heading 'Setup' inferred from the chapters (3 of 3 have it)"),
                enforced.toString());
        assertTrue(enforced.contains("chapter contract: heading 'Recap' inferred from the chapters (2 of 3 have it)"),
                enforced.toString());
        assertTrue(rubric.notChecked().stream().noneMatch(l -> l.text().contains("固定標題")), rubric.notChecked().toString());
    }

    @Test
    void tooFewSharedHeadingsLeaveTheRestNotChecked() {
        VaultFixture vault = VaultFixture.of(
                "garden/quality_rubric.md", RUBRIC,
                "garden/readme.md", "# Garden\n",
                "garden/01_soil.md", "# Soil\n\n## Goal\n\n## Setup\n\n## Steps\n\n## Evidence\n",
                "garden/02_seeds.md", "# Seeds\n\n## Goal\n\n## Steps\n\n## Evidence\n\n## Notes\n");
        Rubric rubric = vault.context().series().get(0).rubric();
        assertEquals(List.of("Goal", "Steps", "Evidence"), rubric.kinds().get(0).headingTexts());
        assertEquals(List.of(new Rubric.RubricLine(3, "chapter contract: 2 counted heading(s) neither named nor shared "
                + "by most of the 2 chapters", Rubric.Reason.NOT_YET_READ)),
                rubric.notChecked().stream().filter(l -> l.text().startsWith("chapter contract")).toList());
        assertEquals(List.of(), vault.run(new InferredHeadingRule()));
    }
}
