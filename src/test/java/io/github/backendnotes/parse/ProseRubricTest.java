package io.github.backendnotes.parse;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.ChapterKind.RequiredHeading;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.Reason;
import io.github.backendnotes.model.Rubric.RubricLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A heading contract stated in prose, a checklist restating its minimums, and why the rest stays unchecked. */
class ProseRubricTest {

    private static final String PROSE = """
            # Kitchen rubric

            ## Frontmatter Requirements

            | 欄位 | 型別 | 說明 |
            |---|---|---|
            | `created` | date | 建立日期 |
            | `title` | string | 菜名 / 英文菜名 |

            ## Chapter-level Minimums

            - 章節合約：必須含 5 個固定標題，並額外加入 `Tasting` 區塊。
            - `Goal`：至少 5 條，說明要明確。
            - `Prep Steps`：4-8 個步驟。
            - `Tasting`：至少 2 種試吃紀錄。
            - `Serving`：至少 3 條。
            - `Cleanup`：至少 1 條。

            ## Review Checklist

            - [ ] 章節標題完整且順序正確。
            - [ ] 步驟數量符合 4-8。
            - [ ] 試吃條目 >= 2 且口味描述清楚。
            - [ ] Serving 至少 3 條。
            - [ ] 範例程式可直接執行。
            - [ ] 連結可存取。
            - [ ] 擺盤照片放在 `img/` 資料夾。
            - [ ] 上菜溫度 2 度以內。
            """;

    @Test
    void theBulletsNameTheHeadingsInAnyOrderAndTheCountLeavesOneToInfer() {
        Rubric rubric = rubric("k/quality_rubric.md", PROSE);
        ChapterKind kind = rubric.kinds().get(0);
        assertFalse(kind.ordered());
        assertEquals(List.of(new RequiredHeading("Goal", 13), new RequiredHeading("Prep Steps", 14),
                new RequiredHeading("Tasting", 15), new RequiredHeading("Serving", 16),
                new RequiredHeading("Cleanup", 17)), kind.headings());
        // five counted, four of them named (Tasting is the added one)
        assertEquals(1, kind.unnamed());
        assertTrue(rubric.enforced().contains(new RubricLine(12, "Chapter-level Minimums: 章節合約：必須含 5 個固定標題，"
                + "並額外加入 `Tasting` 區塊。 (5 required headings named, in any order: Goal, Prep Steps, Tasting, "
                + "Serving, Cleanup; 1 more to infer from the chapters)")), rubric.enforced().toString());
    }

    @Test
    void anEnglishProseContractWithoutAddedSections() {
        Rubric rubric = rubric("r.md", """
                ## Chapter-level Minimums

                Every chapter must have 2 fixed headings.

                - `Goal`: at least 2 items
                - `Recap`: at least 1 item
                """);
        ChapterKind kind = rubric.kinds().get(0);
        assertEquals(List.of("Goal", "Recap"), kind.headingTexts());
        assertEquals(0, kind.unnamed());
        assertFalse(kind.ordered());
    }

    @Test
    void checklistLinesRestatingAMinimumAreEnforcedByIt() {
        List<String> enforced = rubric("k/quality_rubric.md", PROSE).enforced().stream()
                .map(RubricLine::text).filter(t -> t.startsWith("Review Checklist")).toList();
        assertEquals(List.of(
                "Review Checklist: 章節標題完整且順序正確。 (structure.missing-heading; the rubric gives no order to check)",
                // the range is the one minimum of the rubric that states it
                "Review Checklist: 步驟數量符合 4-8。 (section.* of 'Prep Steps')",
                "Review Checklist: 試吃條目 >= 2 且口味描述清楚。 (section.* of 'Tasting')",
                "Review Checklist: Serving 至少 3 條。 (section.* of 'Serving')"), enforced);
    }

    @Test
    void whatStaysNotCheckedSaysWhy() {
        List<RubricLine> notChecked = rubric("k/quality_rubric.md", PROSE).notChecked();
        assertEquals(List.of(
                new RubricLine(8, "front matter `title`: 菜名 / 英文菜名", Reason.NOT_YET_READ),
                new RubricLine(13, "Goal: 說明要明確", Reason.JUDGEMENT),
                new RubricLine(23, "Review Checklist: 口味描述清楚 (of: 試吃條目 >= 2 且口味描述清楚。)", Reason.JUDGEMENT),
                new RubricLine(25, "Review Checklist: 範例程式可直接執行。", Reason.NEEDS_EXECUTION),
                new RubricLine(26, "Review Checklist: 連結可存取。", Reason.NEEDS_NETWORK),
                new RubricLine(27, "Review Checklist: 擺盤照片放在 `img/` 資料夾。", Reason.NOT_YET_READ),
                // a number alone does not make a line enforced: no minimum of the rubric is 2 degrees
                new RubricLine(28, "Review Checklist: 上菜溫度 2 度以內。", Reason.NOT_YET_READ)), notChecked);
    }

    @Test
    void reasonsAreOfAFixedKind() {
        assertEquals(Reason.NEEDS_EXECUTION, UncheckedReasons.of("完整可編譯可執行，明確標示"));
        assertEquals(Reason.NEEDS_EXECUTION, UncheckedReasons.of("Rust 程式碼可直接編譯執行"));
        assertEquals(Reason.JUDGEMENT, UncheckedReasons.of("1-2 句話，明確表達此主題"));
        assertEquals(Reason.JUDGEMENT, UncheckedReasons.of("Explanations need to be clear"));
        assertEquals(Reason.NEEDS_NETWORK, UncheckedReasons.of("every link is reachable"));
        assertEquals(Reason.NOT_YET_READ, UncheckedReasons.of("需包含三段：Foundation/Advanced/Challenge"));
    }

    @Test
    void oneChecklistLineMayRestateAMinimumOfEachSectionItNames() {
        Rubric rubric = rubric("r.md", """
                ## Chapter-level Minimums

                1. `When to Use / 適用場景`
                2. `When NOT to Use / 不適用場景`

                ### When to Use / 適用場景

                - 至少 2 條具體情境。

                ### When NOT to Use / 不適用場景

                - 至少 2 條具體情境。

                ## Review Checklist

                - [ ] 適用 / 不適用各至少 2 條。
                - [ ] 適用 / 其他各至少 2 條。
                """);
        assertTrue(rubric.enforced().contains(new RubricLine(16, "Review Checklist: 適用 / 不適用各至少 2 條。 (section.* of "
                + "'When to Use / 適用場景', 'When NOT to Use / 不適用場景')")), rubric.enforced().toString());
        // a section the line names that has no such minimum: the line stays not checked
        assertTrue(rubric.notChecked().contains(new RubricLine(17, "Review Checklist: 適用 / 其他各至少 2 條。",
                Reason.NOT_YET_READ)), rubric.notChecked().toString());
    }
}
