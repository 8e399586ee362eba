package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.NoteRule;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The section rules against one rubric with a minimum per heading; each note holds only the sections it tests. */
class SectionRulesTest {

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums

            1. `Goals`
            2. `Intent`
            3. `Diagram`
            4. `Class Model`
            5. `Steps`
            6. `Example`
            7. `Run`
            8. `Comparison`
            9. `Pitfalls`
            10. `Related`
            11. `FAQ`

            ### Goals

            - 至少 2 條

            ### Intent

            - 1-2 句話，明確表達目標

            ### Diagram

            - Mermaid diagram

            ### Class Model

            - Mermaid `classDiagram`

            ### Steps

            - 以編號列表呈現

            ### Example

            - 含 `package main`、`import`、`func main()`

            ### Run

            - 預期輸出（`// Output:` 區塊）

            ### Comparison

            - 至少 3 個面向的比較（如：效能、安全）

            ### Pitfalls

            - 需針對 Go 與 Rust 各至少提及 1 個

            ### Related

            - 使用相對路徑連結

            ### FAQ

            - 3-5 個
            """);

    private static final List<NoteRule> RULES = List.of(new ItemCountRule(), new SentenceCountRule(), new DiagramRule(),
            new OrderedListRule(), new CodeShapeRule(), new OutputCommentRule(), new ComparisonRowsRule(),
            new MentionsRule(), new RelativeLinkRule());

    private static Finding error(String ruleId, int line, String message) {
        return new Finding(ruleId, Severity.ERROR, "s/01_a.md", line, 1, message, "s");
    }

    private static List<Finding> all(String noteText) {
        return RULES.stream().flatMap(rule -> runOn(rule, noteText, CHAPTER).stream()).toList();
    }

    @Test
    void rubricHasOneRequirementPerHeading() {
        assertEquals(11, CHAPTER.rubric().kinds().get(0).requirements().size());
    }

    @Test
    void aChapterMeetingEveryMinimumHasNoSectionFinding() {
        assertEquals(List.of(), all("""
                ## Goals

                - 會設定 TTL
                - 會處理失效

                ## Intent

                本章說明快取。它降低延遲。

                ## Diagram

                ```mermaid
                flowchart LR
                  A --> B
                ```

                ## Class Model

                ```mermaid
                classDiagram
                  Cache <|-- LruCache
                ```

                ## Steps

                1. 建立快取
                2. 設定 TTL

                ## Example

                ```go
                package main

                import "fmt"

                func main() {
                    fmt.Println("ok")
                }
                ```

                ## Run

                ```go
                func main() {
                    fmt.Println(42)
                    // Output:
                    // 42
                }
                ```

                ## Comparison

                | 面向 | Go | Rust |
                |---|---|---|
                | 效能 | 快 | 更快 |
                | 安全 | GC | 借用檢查 |
                | 生態 | 成熟 | 成長中 |

                ## Pitfalls

                - Go：goroutine 洩漏
                - Rust：過度 clone

                ## Related

                - [下一章](./02_next.md)

                ## FAQ

                ### 快取何時失效？

                ### 如何預熱？

                ### 要不要分散式？
                """));
    }

    @Test
    void anAbsentSectionIsLeftToTheStructureRules() {
        assertEquals(List.of(), all("## Other\n\n一段文字。\n"));
    }

    @Nested
    class ItemCount {

        private List<Finding> check(String note) {
            return runOn(new ItemCountRule(), note, CHAPTER);
        }

        @Test
        void subHeadingsAreTheItems() {
            assertEquals(List.of(), check("""
                    ## FAQ

                    ### Q1

                    - a
                    - b
                    - c
                    - d
                    - e
                    - f

                    ### Q2

                    ### Q3
                    """));
            assertEquals(List.of(error("section.item-count", 3, "section 'FAQ' has 2 items; rubric: 3-5 個")),
                    check("# T\n\n## FAQ\n\n### Q1\n\n### Q2\n\n#### deeper\n"));
            assertEquals(List.of(error("section.item-count", 1, "section 'FAQ' has 6 items; rubric: 3-5 個")),
                    check("## FAQ\n\n### 1\n\n### 2\n\n### 3\n\n### 4\n\n### 5\n\n### 6\n"));
        }

        @Test
        void boldLedQuestionsAreCountedNotTheirAnswers() {
            // six paragraphs, three of them questions
            assertEquals(List.of(), check("""
                    ## FAQ

                    **Q1：為什麼要快取？**

                    因為讀取變快。

                    **Q2：何時失效？**

                    依 TTL 決定。

                    **Q3：如何預熱？**

                    啟動時載入。
                    """));
            // four paragraphs, two of them questions
            assertEquals(List.of(error("section.item-count", 1, "section 'FAQ' has 2 items; rubric: 3-5 個")), check("""
                    ## FAQ

                    **Q1：為什麼要快取？**

                    因為讀取變快。

                    **Q2：何時失效？**

                    依 TTL 決定。
                    """));
        }

        @Test
        void numberedItemsArePreferredOverBullets() {
            assertEquals(List.of(), check("""
                    ## FAQ

                    1. 第一步
                    2. 第二步
                    3. 第三步

                    - 附註 a
                    - 附註 b
                    - 附註 c
                    """));
            assertEquals(List.of(error("section.item-count", 1, "section 'FAQ' has 6 items; rubric: 3-5 個")),
                    check("## FAQ\n\n- a\n- b\n- c\n\n  - nested\n- d\n- e\n- f\n"));
        }

        @Test
        void tableRowsAreItems() {
            assertEquals(List.of(), check("## Goals\n\n| 目標 | 說明 |\n|---|---|\n| 快 | 低延遲 |\n| 穩 | 可重試 |\n"));
            assertEquals(List.of(error("section.item-count", 1, "section 'Goals' has 1 item; rubric: 至少 2 條")),
                    check("## Goals\n\n| 目標 | 說明 |\n|---|---|\n| 快 | 低延遲 |\n"));
        }

        @Test
        void plainParagraphsAreItemsWhenNothingElseIs() {
            assertEquals(List.of(), check("## Goals\n\n理解快取。\n\n會設定 TTL。\n"));
            assertEquals(List.of(), check("## Goals\n\n**重點**：理解快取。\n\n會設定 TTL。\n"));
            assertEquals(List.of(error("section.item-count", 1, "section 'Goals' has 1 item; rubric: 至少 2 條")),
                    check("## Goals\n\n理解快取，會設定 TTL。\n"));
            assertEquals(List.of(error("section.item-count", 1, "section 'Goals' has 0 items; rubric: 至少 2 條")),
                    check("## Goals\n\n## Intent\n\n一。二。\n"));
        }
    }

    @Nested
    class SentenceCount {

        private List<Finding> check(String note) {
            return runOn(new SentenceCountRule(), note, CHAPTER);
        }

        private Finding has(int count) {
            return error("section.sentence-count", 1, "section 'Intent' has " + count + " sentence" + (count == 1 ? "" : "s")
                    + "; rubric: 1-2 句話，明確表達目標");
        }

        @Test
        void cjkSentences() {
            assertEquals(List.of(), check("## Intent\n\n本章說明快取。它降低延遲。\n"));
            assertEquals(List.of(), check("## Intent\n\n沒有句號的一句話\n"));
            assertEquals(List.of(has(3)), check("## Intent\n\n一。二！三？\n"));
        }

        @Test
        void latinSentencesEndAtAPeriodBeforeSpace() {
            assertEquals(List.of(), check("## Intent\n\nVersion 1.2 caches reads. It cuts latency.\n"));
            assertEquals(List.of(has(3)), check("## Intent\n\nCaches help. They cut latency. They cost memory.\n"));
        }

        @Test
        void codeSpansDoNotSplitSentences() {
            assertEquals(List.of(), check("## Intent\n\n第一句使用 `a. b. c`。第二句用 `x。y` 結束。\n"));
            assertEquals(2, SentenceCountRule.sentences("第一句使用 `a. b. c`。第二句用 `x。y` 結束。"));
        }

        @Test
        void theScanCountsWhatTheSentenceEndPatternFinds() {
            // the documented definition, as a pattern: the hand-written scan must agree with it on any text
            java.util.regex.Pattern end = java.util.regex.Pattern.compile("[。！？]+|[!?]+(?=\\s|$)|(?<!\\.)\\.(?=\\s|$)");
            // as in the pattern, "$" is also just before a line terminator that ends the text
            assertEquals(2, SentenceCountRule.sentences("A.\u0085"));
            String alphabet = "a .!?。！？\t\n\u0085\u2028\u2029";
            java.util.Random random = new java.util.Random(42);
            for (int round = 0; round < 20_000; round++) {
                StringBuilder text = new StringBuilder();
                for (int i = random.nextInt(12); i > 0; i--) {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String prose = text.toString().trim();
                int expected = 0;
                int start = 0;
                java.util.regex.Matcher found = end.matcher(prose);
                while (found.find()) {
                    expected += prose.substring(start, found.start()).isBlank() ? 0 : 1;
                    start = found.end();
                }
                expected += prose.substring(start).isBlank() ? 0 : 1;
                assertEquals(expected, SentenceCountRule.sentences(prose), "'" + prose + "'");
            }
        }

        @Test
        void theSectionsOwnParagraphsAndListItemsCount() {
            assertEquals(List.of(has(3)), check("## Intent\n\n- 一句。\n- 兩句。\n- 三句。\n"));
            assertEquals(List.of(has(3)), check("## Intent\n\n總結如下：\n\n1. 第一步\n2. 第二步\n"));
            assertEquals(List.of(), check("## Intent\n\n一句。\n\n### More\n\n二。三。四。\n"));
        }

        @Test
        void quotationsAndParenthesesDoNotEndTheSentenceAroundThem() {
            assertEquals(1, SentenceCountRule.sentences("它回答「為什麼要快取？」這個問題。"));
            assertEquals(1, SentenceCountRule.sentences("重試（最多三次！）之後放棄。"));
            assertEquals(1, SentenceCountRule.sentences("He said \"stop. now.\" and left."));
            assertEquals(2, SentenceCountRule.sentences("未閉合的「引號。第二句。"));
        }

        @Test
        void abbreviationsAndEllipsesDoNotEndASentence() {
            assertEquals(1, SentenceCountRule.sentences("Use a cache, e.g. Redis, i.e. memory first."));
            assertEquals(1, SentenceCountRule.sentences("Push vs. pull, logs, metrics etc. all flow here."));
            assertEquals(1, SentenceCountRule.sentences("It waits... then retries."));
            assertEquals(2, SentenceCountRule.sentences("It waits. Then it retries."));
        }
    }

    @Nested
    class Diagram {

        private List<Finding> check(String note) {
            return runOn(new DiagramRule(), note, CHAPTER);
        }

        @Test
        void missingDiagram() {
            assertEquals(List.of(error("section.diagram", 1, "section 'Diagram' has no mermaid code block; rubric: Mermaid diagram")),
                    check("## Diagram\n\n```text\nA -> B\n```\n\n## Other\n\n```mermaid\ngraph TD\n```\n"));
        }

        @Test
        void anyMermaidBlockInTheSectionOrItsSubsections() {
            assertEquals(List.of(), check("## Diagram\n\n```mermaid\nflowchart LR\n  A --> B\n```\n"));
            assertEquals(List.of(), check("## Diagram\n\n### Detail\n\n```Mermaid\ngraph TD\n```\n"));
        }

        @Test
        void wrongTypeNamesTheTypesFound() {
            assertEquals(List.of(error("section.diagram", 1,
                    "section 'Class Model' has no mermaid classDiagram (found [sequenceDiagram, flowchart]); rubric: Mermaid `classDiagram`")),
                    check("## Class Model\n\n```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n\n```mermaid\n%% note\nflowchart TD\n```\n"));
            assertEquals(List.of(), check("## Class Model\n\n```mermaid\n%% types\n\nclassDiagram\n  A <|-- B\n```\n"));
        }
    }

    @Nested
    class OrderedList {

        private List<Finding> check(String note) {
            return runOn(new OrderedListRule(), note, CHAPTER);
        }

        @Test
        void needsANumberedListPossiblyNested() {
            assertEquals(List.of(error("section.ordered-list", 1, "section 'Steps' has no numbered list; rubric: 以編號列表呈現")),
                    check("## Steps\n\n- 建立\n- 設定\n"));
            assertEquals(List.of(), check("## Steps\n\n1. 建立\n2. 設定\n"));
            assertEquals(List.of(), check("## Steps\n\n- 準備\n  1. 建立\n  2. 設定\n"));
        }

        @Test
        void numberedSubHeadingsOrBoldLeadsAreStepsToo() {
            assertEquals(List.of(), check("## Steps\n\n### 1. 建立\n\n先建立。\n\n### 2. 設定\n\n再設定。\n"));
            assertEquals(List.of(), check("## Steps\n\n**1. 建立**：先建立。\n\n**2. 設定**：再設定。\n"));
            assertEquals(List.of(), check("## Steps\n\n**Step 1 — 建立**：先建立。\n\n**Step 2 — 設定**：再設定。\n"));
            assertEquals(List.of(), check("## Steps\n\n### A\n\n**Step 1 — 建立**：先。\n\n**Step 2 — 設定**：再。\n\n"
                    + "### B\n\n**Step 1 — 讀取**：先。\n\n**Step 2 — 寫入**：再。\n"));
        }

        @Test
        void unnumberedOrOutOfSequenceIsNoList() {
            Finding none = error("section.ordered-list", 1, "section 'Steps' has no numbered list; rubric: 以編號列表呈現");
            assertEquals(List.of(none), check("## Steps\n\n### 建立\n\n先建立。\n\n### 設定\n\n再設定。\n"));
            assertEquals(List.of(none), check("## Steps\n\n### 1. 建立\n\n先建立。\n\n### 3. 設定\n\n再設定。\n"));
            assertEquals(List.of(none), check("## Steps\n\n**1. 建立**：只有一步。\n"));
            assertEquals(List.of(none), check("## Steps\n\n**Head-based** 先決定。\n\n**Tail-based** 後決定。\n"));
        }
    }

    @Nested
    class CodeShape {

        private List<Finding> check(String note) {
            return runOn(new CodeShapeRule(), note, CHAPTER);
        }

        private static final String RUBRIC = "; rubric: 含 `package main`、`import`、`func main()`";

        @Test
        void everyTokenInSomeCodeBlock() {
            assertEquals(List.of(error("section.code-shape", 1, "section 'Example' has no code block" + RUBRIC)),
                    check("## Example\n\npackage main, import, func main()\n"));
            assertEquals(List.of(error("section.code-shape", 1, "section 'Example' has no code containing 'func main()'" + RUBRIC)),
                    check("## Example\n\n```go\npackage main\n\nimport \"fmt\"\n```\n"));
            assertEquals(List.of(error("section.code-shape", 1, "section 'Example' has no code containing 'package main', 'import'" + RUBRIC)),
                    check("## Example\n\n```go\nfunc main() {}\n```\n"));
            assertEquals(List.of(), check("## Example\n\n```go\npackage main\nimport \"os\"\n```\n\n```go\nfunc main() {}\n```\n"));
        }
    }

    @Nested
    class OutputComment {

        private List<Finding> check(String note) {
            return runOn(new OutputCommentRule(), note, CHAPTER);
        }

        private static final String RUBRIC = "; rubric: 預期輸出（`// Output:` 區塊）";

        @Test
        void closingBraceAfterTheOutputBlockIsFine() {
            assertEquals(List.of(), check("""
                    ## Run

                    ```go
                    func main() {
                        fmt.Println(42)
                        // Output:
                        // 42
                    }
                    ```
                    """));
        }

        @Test
        void moreCodeAfterTheOutputBlockFails() {
            assertEquals(List.of(error("section.output-comment", 1,
                    "section 'Run' has no code block ending with an '// Output:' comment block" + RUBRIC)), check("""
                    ## Run

                    ```go
                    func main() {
                        fmt.Println(42)
                        // Output:
                        // 42
                        fmt.Println(43)
                    }
                    ```
                    """));
        }

        @Test
        void noCodeOrNoOutputComment() {
            assertEquals(List.of(error("section.output-comment", 1, "section 'Run' has no code block" + RUBRIC)),
                    check("## Run\n\n輸出為 42。\n"));
            assertEquals(List.of(error("section.output-comment", 1,
                    "section 'Run' has no code block ending with an '// Output:' comment block" + RUBRIC)),
                    check("## Run\n\n```go\nfmt.Println(42) // prints 42\n```\n"));
        }
    }

    @Nested
    class ComparisonRows {

        private List<Finding> check(String note) {
            return runOn(new ComparisonRowsRule(), note, CHAPTER);
        }

        private static final String RUBRIC = "; rubric: 至少 3 個面向的比較（如：效能、安全）";
        private static final String HEAD = "## Comparison\n\n| 面向 | Go | Rust |\n|---|---|---|\n";

        @Test
        void aTableWithEnoughBodyRows() {
            assertEquals(List.of(), check(HEAD + "| 效能 | a | b |\n| 安全 | a | b |\n| 生態 | a | b |\n"));
            assertEquals(List.of(error("section.comparison-rows", 1, "section 'Comparison' has a table of 2 rows" + RUBRIC)),
                    check(HEAD + "| 效能 | a | b |\n| 安全 | a | b |\n"));
            assertEquals(List.of(error("section.comparison-rows", 1, "section 'Comparison' has no table" + RUBRIC)),
                    check("## Comparison\n\n- 效能\n- 安全\n- 生態\n"));
        }
    }

    @Nested
    class Mentions {

        private List<Finding> check(String note) {
            return runOn(new MentionsRule(), note, CHAPTER);
        }

        private static final String RUBRIC = "; rubric: 需針對 Go 與 Rust 各至少提及 1 個";

        private static final String GO = "'Go' (its name, a go code block, or a term such as golang, goroutine, channel, chan)";
        private static final String RUST = "'Rust' (its name, a rust code block, or a term such as borrow checker, borrowck, "
                + "lifetime, cargo)";

        @Test
        void goIsNotFoundInsideGoogle() {
            assertEquals(List.of(error("section.mentions", 1, "section 'Pitfalls' does not mention " + GO + RUBRIC)),
                    check("## Pitfalls\n\nGoogle 的服務與 Rust 的生命週期。\n"));
            assertEquals(List.of(error("section.mentions", 1, "section 'Pitfalls' does not mention " + GO + ", " + RUST + RUBRIC)),
                    check("## Pitfalls\n\n沒有提到語言。\n"));
        }

        @Test
        void anAliasOrADistinctiveTermIsAMention() {
            assertEquals(List.of(), check("## Pitfalls\n\n- 忘記關閉 goroutines 會洩漏。\n- 與 borrow checker 搏鬥。\n"));
            assertEquals(List.of(), check("## Pitfalls\n\nGolang 的 `context.WithValue` 鍵衝突；`Rc<RefCell<T>>` 借用衝突。\n"));
            assertEquals(List.of(error("section.mentions", 1, "section 'Pitfalls' does not mention " + RUST + RUBRIC)),
                    check("## Pitfalls\n\n在 Go 裡 channel 會阻塞；cargoship 不算。\n"));
        }

        @Test
        void theConfigurationAddsTerms() {
            ChapterContext configured = new ChapterContext("s", CHAPTER.rubric().withVocabulary(
                    java.util.Map.of("Rust", List.of("Pin"), "go", List.of("select"))), java.util.Set.of(), "");
            assertEquals(List.of(), runOn(new MentionsRule(), "## Pitfalls\n\n用 select 等待；Pin 的自我參照。\n", configured));
        }

        @Test
        void wordsInProseListsAndSubHeadingsOrACodeBlockInTheLanguage() {
            assertEquals(List.of(), check("## Pitfalls\n\n在Go中忘記關閉 channel；rust 的 clone。\n"));
            assertEquals(List.of(), check("## Pitfalls\n\n### Go\n\n- 洩漏\n\n### 另一個\n\n- Rust：過度 clone\n"));
            assertEquals(List.of(), check("## Pitfalls\n\nRust 的 unwrap 會 panic。\n\n```go\nx := <-ch\n```\n"));
        }
    }

    @Nested
    class RelativeLink {

        private List<Finding> check(String note) {
            return runOn(new RelativeLinkRule(), note, CHAPTER);
        }

        @Test
        void absoluteAndAnchorLinksDoNotCount() {
            assertEquals(List.of(error("section.relative-link", 1,
                    "section 'Related' has no relative Markdown link; rubric: 使用相對路徑連結")),
                    check("## Related\n\n- [官方](https://go.dev/doc)\n- [本節](#intro)\n- [根](/abs/x.md)\n\n## Other\n\n[下一章](./02_next.md)\n"));
        }

        @Test
        void aRelativeLinkCounts() {
            assertEquals(List.of(), check("## Related\n\n- [下一章](./02_next.md)\n"));
            assertEquals(List.of(), check("## Related\n\n見 [設定](../ops/03_setup.md#env)。\n"));
        }
    }
}
