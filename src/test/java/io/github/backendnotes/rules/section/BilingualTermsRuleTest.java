package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "術語需中英對照": each term of the section named in English and in Chinese. */
class BilingualTermsRuleTest {

    private static final String RUBRIC_LINE = "至少 2 個已定義術語，術語需中英對照。";
    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums

            1. `Terms / 術語`

            ### Terms / 術語

            - 至少 2 個已定義術語，術語需中英對照。
            """);

    @Test
    void theClauseIsRead() {
        assertEquals(List.of(), CHAPTER.rubric().notChecked());
    }

    @Test
    void subHeadingsAreTheTerms() {
        assertEquals(List.of(), runOn(new BilingualTermsRule(), "## Terms / 術語\n\n### Soil Crust / 土壤結皮\n\nx\n\n"
                + "### pH（酸鹼值）\n\ny\n\n### NPK / SLO\n\nnames only\n", CHAPTER));
        assertEquals(List.of(new Finding("section.bilingual-terms", Severity.WARNING, "s/01_a.md", 1, 1, "section 'Terms / 術語' "
                + "has 2 terms not named in both languages: 'Crop Rotation' (no Chinese name), '輪作表' (no English name); "
                + "rubric: " + RUBRIC_LINE, "s")), runOn(new BilingualTermsRule(), "## Terms / 術語\n\n### Crop Rotation\n\nx\n\n"
                + "### 輪作表\n\ny\n\n### Mulch / 覆蓋物\n\nz\n", CHAPTER));
    }

    @Test
    void listItemsNameTheirTermBeforeAColon() {
        List<Finding> findings = runOn(new BilingualTermsRule(), "## Terms / 術語\n\n- **Compost（堆肥）**：decayed matter.\n"
                + "- **Tilth**：soil structure.\n", CHAPTER);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().contains("'Tilth' (no Chinese name)"), findings.get(0).message());
    }
}
