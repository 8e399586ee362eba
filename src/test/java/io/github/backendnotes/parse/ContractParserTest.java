package io.github.backendnotes.parse;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.ChapterKind.RequiredHeading;
import io.github.backendnotes.model.CodeStandards;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.Reason;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.rules.section.CodeFormRule;
import io.github.backendnotes.rules.section.CodeShapeRule.CodeContains;
import io.github.backendnotes.rules.section.ComparisonRowsRule.TableRows;
import io.github.backendnotes.rules.section.DiagramRule.Diagram;
import io.github.backendnotes.rules.section.ItemCountRule.ItemCount;
import io.github.backendnotes.rules.section.MentionsRule.MentionsEach;
import io.github.backendnotes.rules.section.OrderedListRule.OrderedList;
import io.github.backendnotes.rules.section.OutputCommentRule.OutputComment;
import io.github.backendnotes.rules.section.RelativeLinkRule.RelativeLink;
import io.github.backendnotes.rules.section.SentenceCountRule.SentenceCount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The chapter contract of a rubric, read through {@link RubricParser}. */
class ContractParserTest {

    /** Two named kinds with {@code ### Heading} minimums, code standards and a review checklist. */
    private static final String NAMED = """
            # Rubric

            ## Frontmatter Requirements

            | 欄位 | 型別 | 說明 |
            |---|---|---|
            | `title` | string | 章節標題 |

            ## Chapter-level Minimums — Teaching Chapter

            1. `Intent / 目的`
            2. `Concept / 概念`
            3. `Example / 範例`

            ### Intent / 目的

            - 1-2 句話，明確表達本章要解決的問題

            ### Concept / 概念

            - Mermaid diagram
            - 至少 2 條重點

            ### Example / 範例

            - 含 `package main`、`import`、`func main()`
            - 預期輸出（`// Output:` 區塊）
            - 含 `fn main()` 或 Axum handler 範例

            ## Chapter-level Minimums — Troubleshooting Guide

            1. `Symptom`
            2. `Steps`
            3. `Comparison / 對照表`
            4. `Pitfalls`
            5. `Related`
            6. `Model`

            ### Steps

            - 3-5 個
            - 以編號列表呈現

            ### Comparison / 對照表

            - 至少 3 個面向的比較（如：效能、記憶體、生態系）

            ### Pitfalls

            - 需針對 Go 與 Rust 各至少提及 1 個

            ### Related

            - 使用相對路徑連結

            ### Model

            - Mermaid `classDiagram` 呈現型別關係

            ## Code Snippet Standards

            - Code block language tag required
            - Use meaningful names, no foo/bar
            - Keep each example under 40 lines

            ## Review Checklist

            - [ ] Frontmatter 欄位齊全
            - [ ] 固定標題依序出現
            - [ ] Intent 1-2 句話
            - [ ] Concept 有 Mermaid diagram
            - [ ] 對照表至少 3 行
            - [ ] 範例可以直接執行
            """;

    /** A single unnamed kind: the heading list nested under a bullet, minimums as "`Heading`：…" bullets. */
    private static final String UNNAMED = """
            ## Chapter-level Minimums

            - 每章依序包含以下 H2 標題：
              1. `Goal`
              2. `Walkthrough`
              3. `Recap`
            - `Goal`：至少 2 條
            - `Walkthrough`：以編號列表呈現；至少 3 項
            - 語氣友善
            """;

    private static SectionRequirement req(String heading, SectionRequirement.Check check, String text, int line) {
        return new SectionRequirement(heading, check, text, line);
    }

    @Test
    void namedKindsHaveTheirNamesAndOrderedHeadings() {
        List<ChapterKind> kinds = rubric("s/quality_rubric.md", NAMED).kinds();
        assertEquals(2, kinds.size());
        ChapterKind teaching = kinds.get(0);
        assertEquals("Teaching Chapter", teaching.name());
        assertEquals("Teaching Chapter", teaching.label());
        assertEquals(9, teaching.line());
        assertEquals(List.of(new RequiredHeading("Intent / 目的", 11), new RequiredHeading("Concept / 概念", 12),
                new RequiredHeading("Example / 範例", 13)), teaching.headings());
        ChapterKind guide = kinds.get(1);
        assertEquals("Troubleshooting Guide", guide.name());
        assertEquals(30, guide.line());
        assertEquals(List.of("Symptom", "Steps", "Comparison / 對照表", "Pitfalls", "Related", "Model"),
                guide.headingTexts());
    }

    @Test
    void headingSubsectionsBecomeChecksClauseByClause() {
        List<ChapterKind> kinds = rubric("s/quality_rubric.md", NAMED).kinds();
        assertEquals(List.of(
                req("Intent / 目的", new SentenceCount(1, 2), "1-2 句話，明確表達本章要解決的問題", 17),
                req("Concept / 概念", new Diagram(null), "Mermaid diagram", 21),
                req("Concept / 概念", new ItemCount(2, 0), "至少 2 條重點", 22),
                req("Example / 範例", new CodeContains(List.of("package main", "import", "func main()")),
                        "含 `package main`、`import`、`func main()`", 26),
                req("Example / 範例", new OutputComment(), "預期輸出（`// Output:` 區塊）", 27),
                req("Example / 範例", new CodeFormRule.CodeForms(List.of(new CodeFormRule.Form("token", "fn main()"),
                        new CodeFormRule.Form("handler", "Axum"))), "含 `fn main()` 或 Axum handler 範例", 28)),
                kinds.get(0).requirements());
        assertEquals(List.of(
                req("Steps", new ItemCount(3, 5), "3-5 個", 41),
                req("Steps", new OrderedList(), "以編號列表呈現", 42),
                req("Comparison / 對照表", new TableRows(3), "至少 3 個面向的比較（如：效能、記憶體、生態系）", 46),
                req("Pitfalls", new MentionsEach(List.of("Go", "Rust")), "需針對 Go 與 Rust 各至少提及 1 個", 50),
                req("Related", new RelativeLink(), "使用相對路徑連結", 54),
                req("Model", new Diagram("classDiagram"), "Mermaid `classDiagram` 呈現型別關係", 58)),
                kinds.get(1).requirements());
    }

    @Test
    void enforcedLinesNameWhatChecksThemInRubricOrder() {
        assertEquals(List.of(
                new RubricLine(7, "front matter `title`: required, string"),
                new RubricLine(11, "Chapter-level Minimums — Teaching Chapter: 3 required headings, in order"),
                new RubricLine(17, "Intent / 目的: 1-2 句話，明確表達本章要解決的問題 (read as SentenceCount[min=1, max=2])"),
                new RubricLine(21, "Concept / 概念: Mermaid diagram (read as Diagram[type=null])"),
                new RubricLine(22, "Concept / 概念: 至少 2 條重點 (read as ItemCount[min=2, max=0, what=])"),
                new RubricLine(26, "Example / 範例: 含 `package main`、`import`、`func main()` (read as CodeContains[tokens=[package main, import, func main()]])"),
                new RubricLine(27, "Example / 範例: 預期輸出（`// Output:` 區塊） (read as OutputComment[])"),
                new RubricLine(28, "Example / 範例: 含 `fn main()` 或 Axum handler 範例 (read as CodeForms[forms=['fn main()', an Axum handler (an async function in code using Axum)]])"),
                new RubricLine(32, "Chapter-level Minimums — Troubleshooting Guide: 6 required headings, in order"),
                new RubricLine(41, "Steps: 3-5 個 (read as ItemCount[min=3, max=5, what=])"),
                new RubricLine(42, "Steps: 以編號列表呈現 (read as OrderedList[])"),
                new RubricLine(46, "Comparison / 對照表: 至少 3 個面向的比較（如：效能、記憶體、生態系） (read as TableRows[min=3])"),
                new RubricLine(50, "Pitfalls: 需針對 Go 與 Rust 各至少提及 1 個 (read as MentionsEach[names=[Go, Rust], what=])"),
                new RubricLine(54, "Related: 使用相對路徑連結 (read as RelativeLink[])"),
                new RubricLine(58, "Model: Mermaid `classDiagram` 呈現型別關係 (read as Diagram[type=classDiagram])"),
                new RubricLine(62, "Code Snippet Standards: Code block language tag required (code.language-tag)"),
                new RubricLine(63, "Code Snippet Standards: Use meaningful names, no foo/bar (code.placeholder-name)"),
                new RubricLine(68, "Review Checklist: Frontmatter 欄位齊全 (frontmatter.*)"),
                new RubricLine(69, "Review Checklist: 固定標題依序出現 (structure.*)"),
                new RubricLine(70, "Review Checklist: Intent 1-2 句話 (section.* of 'Intent / 目的')"),
                new RubricLine(71, "Review Checklist: Concept 有 Mermaid diagram (section.* of 'Concept / 概念')"),
                new RubricLine(72, "Review Checklist: 對照表至少 3 行 (section.* of 'Comparison / 對照表')")),
                rubric("s/quality_rubric.md", NAMED).enforced());
    }

    @Test
    void unreadClausesAndLinesStayNotChecked() {
        assertEquals(List.of(
                new RubricLine(7, "front matter `title`: 章節標題", Reason.NOT_YET_READ),
                // the second clause of "1-2 句話，明確表達…" is prose the parser cannot check
                new RubricLine(17, "Intent / 目的: 明確表達本章要解決的問題", Reason.JUDGEMENT),
                new RubricLine(64, "Code Snippet Standards: Keep each example under 40 lines", Reason.NOT_YET_READ),
                new RubricLine(73, "Review Checklist: 範例可以直接執行", Reason.NEEDS_EXECUTION)),
                rubric("s/quality_rubric.md", NAMED).notChecked());
    }

    @Test
    void codeSnippetStandards() {
        assertEquals(new CodeStandards(true, List.of("foo", "bar")), rubric("r.md", NAMED).code());
        Rubric chinese = rubric("r.md", """
                ## Code Snippet Standards

                - 變數命名不使用 `foo`, `bar`, `baz`
                """);
        assertEquals(new CodeStandards(false, List.of("foo", "bar", "baz")), chinese.code());
        assertEquals(List.of(new RubricLine(3, "Code Snippet Standards: 變數命名不使用 `foo`, `bar`, `baz` (code.placeholder-name)")),
                chinese.enforced());
        assertEquals(CodeStandards.NONE, rubric("r.md", UNNAMED).code());
    }

    @Test
    void noInsideAWordIsNoPlaceholderList() {
        Rubric rubric = rubric("r.md", """
                ## Code Snippet Standards

                - Name handlers after nouns/verbs of the domain
                """);
        assertEquals(CodeStandards.NONE, rubric.code());
        assertEquals(List.of(new RubricLine(3, "Code Snippet Standards: Name handlers after nouns/verbs of the domain", Reason.NOT_YET_READ)),
                rubric.notChecked());
    }

    @Test
    void otherClausesOfAWholeLineFormAreListedNotDropped() {
        Rubric rubric = rubric("r.md", """
                ## Chapter-level Minimums

                - `Run`：含 `package main`，預期輸出（`// Output:` 區塊）
                - `Model`：Mermaid diagram，標示每個服務
                """);
        assertEquals(List.of(
                req("Run", new OutputComment(), "含 `package main`，預期輸出（`// Output:` 區塊）", 3),
                req("Model", new Diagram(null), "Mermaid diagram，標示每個服務", 4)),
                rubric.kinds().get(0).requirements());
        assertEquals(List.of(new RubricLine(3, "Run: 含 `package main`", Reason.NOT_YET_READ), new RubricLine(4, "Model: 標示每個服務", Reason.NOT_YET_READ)),
                rubric.notChecked());
    }

    @Test
    void unnamedKindWithNestedHeadingListAndBulletMinimums() {
        Rubric rubric = rubric("r.md", UNNAMED);
        assertEquals(1, rubric.kinds().size());
        ChapterKind kind = rubric.kinds().get(0);
        assertEquals("", kind.name());
        assertEquals("chapter", kind.label());
        assertEquals(1, kind.line());
        assertEquals(List.of(new RequiredHeading("Goal", 4), new RequiredHeading("Walkthrough", 5),
                new RequiredHeading("Recap", 6)), kind.headings());
        assertEquals(List.of(
                req("Goal", new ItemCount(2, 0), "至少 2 條", 7),
                req("Walkthrough", new OrderedList(), "以編號列表呈現；至少 3 項", 8),
                req("Walkthrough", new ItemCount(3, 0), "以編號列表呈現；至少 3 項", 8)), kind.requirements());
        assertEquals(List.of(
                new RubricLine(4, "Chapter-level Minimums: 3 required headings, in order"),
                new RubricLine(7, "Goal: 至少 2 條 (read as ItemCount[min=2, max=0, what=])"),
                new RubricLine(8, "Walkthrough: 以編號列表呈現；至少 3 項 (read as OrderedList[], ItemCount[min=3, max=0, what=])")), rubric.enforced());
        assertEquals(List.of(new RubricLine(9, "語氣友善", Reason.JUDGEMENT)), rubric.notChecked());
    }

    @Test
    void aListOfNonHeadingsIsNoHeadingContract() {
        Rubric rubric = rubric("r.md", """
                ## Chapter-level Minimums

                1. `Goal`
                2. Walkthrough without backticks
                """);
        assertEquals(List.of(), rubric.kinds().get(0).headings());
        assertEquals(List.of(new RubricLine(3, "`Goal`", Reason.NOT_YET_READ), new RubricLine(4, "Walkthrough without backticks", Reason.NOT_YET_READ)),
                rubric.notChecked());
    }
}
