package io.github.backendnotes.parse;

import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.RubricLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rubric lines that say again what a check of theirs enforces: a clause beside the check on its own line, a checklist
 * line naming what a minimum counts, an illustration after a clause. They are enforced, not listed as unchecked.
 */
class RestatedLinesTest {

    private static final String RUBRIC = """
            # Garden rubric

            ## Chapter-level Minimums — Plant Guide

            必須含以下固定標題，順序不可調換。

            1. `Soil / 土壤`
            2. `Planting / 種植`
            3. `Watering`
            4. `Harvest`
            5. `Pests / 蟲害`
            6. `Sources`
            7. `Companions / 搭配`

            ### Soil / 土壤

            - 至少 1 個具體土壤配方（非抽象描述）。

            ### Planting / 種植

            - 步驟式說明，以編號列表呈現。

            ### Watering

            - 至少 3 組「何時澆 / 何時不澆」對照。

            ### Harvest

            - 需包含三段：Early/Main/Late，且每段有驗收條件。

            ### Pests / 蟲害

            - 需針對 Aphids 與 Snails 各至少提及 1 個季節特有害蟲。

            ### Sources

            - 官方來源優先。允許域名：`garden.example`。

            ### Companions / 搭配

            - 使用相對路徑連結，如 `[Basil](04_basil.md)`。

            ## Review Checklist

            - [ ] Soil 含具體土壤配方。
            - [ ] 澆水有「澆 / 不澆」對照。
            - [ ] 三段式收成與驗收條件完整。
            - [ ] Pests 含季節特有害蟲。
            - [ ] 參考來源域名符合規範。
            - [ ] Cross-references 連結相關現有筆記。
            - [ ] Harvest 含邊界情況。
            - [ ] 每章有 Sources 區塊且來源可信。
            - [ ] 每章都有澆 / 不澆的判斷。
            """;

    @Test
    void linesSayingAgainWhatAReadCheckEnforcesAreEnforced() {
        Rubric rubric = rubric("g/quality_rubric.md", RUBRIC);
        List<String> unchecked = rubric.notChecked().stream().map(RubricLine::text).toList();
        assertEquals(List.of("Review Checklist: Harvest 含邊界情況。", "Review Checklist: 來源可信 (of: 每章有 Sources 區塊且來源可信。)"),
                unchecked);
        assertTrue(rubric.enforced().stream().map(RubricLine::text).anyMatch(l -> l.equals(
                "Review Checklist: 每章有 Sources 區塊且來源可信。 (structure.missing-heading of 'Sources')")));
        List<String> enforced = rubric.enforced().stream().map(RubricLine::text).toList();
        assertTrue(enforced.contains("Planting / 種植: 步驟式說明，以編號列表呈現。 (read as OrderedList[])"), enforced.toString());
        assertTrue(enforced.stream().anyMatch(l -> l.startsWith("Sources: 官方來源優先。允許域名：`garden.example`。 (read as LinkDomains")), enforced.toString());
        assertTrue(enforced.contains("Companions / 搭配: 使用相對路徑連結，如 `[Basil](04_basil.md)`。 (read as RelativeLink[])"), enforced.toString());
        assertTrue(enforced.contains("Review Checklist: Soil 含具體土壤配方。 (section.* of 'Soil / 土壤')"), enforced.toString());
        assertTrue(enforced.contains("Review Checklist: 澆水有「澆 / 不澆」對照。 (section.* of 'Watering')"), enforced.toString());
        assertTrue(enforced.contains("Review Checklist: 每章都有澆 / 不澆的判斷。 (section.* of 'Watering')"), enforced.toString());
        assertTrue(enforced.contains("Review Checklist: 三段式收成與驗收條件完整。 (section.* of 'Harvest')"), enforced.toString());
        assertTrue(enforced.contains("Review Checklist: Pests 含季節特有害蟲。 (section.* of 'Pests / 蟲害')"), enforced.toString());
        assertTrue(enforced.contains("Review Checklist: 參考來源域名符合規範。 (section.* of 'Sources')"), enforced.toString());
        assertTrue(enforced.stream().anyMatch(l -> l.startsWith("Review Checklist: Cross-references 連結相關現有筆記。 (coverage.")),
                enforced.toString());
    }

    @Test
    void aListOfExamplesIllustratesTheLineBeforeIt() {
        Rubric rubric = rubric("g/quality_rubric.md", """
                # Garden rubric

                ## Pest Requirement

                - 每章至少 1 條蟲害必須是季節特有的情況。
                - 常見季節蟲害範例：
                  - 春季的 `aphids`。
                  - 夏季的 `snails`。
                """);
        assertEquals(List.of("Pest Requirement: 每章至少 1 條蟲害必須是季節特有的情況。"),
                rubric.notChecked().stream().map(RubricLine::text).toList());
    }
}
