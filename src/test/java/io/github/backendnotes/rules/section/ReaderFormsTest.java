package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.run;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The section rules for rubric lines read as a reader reads them, against a rubric written like the lesson
 * series': "`Goal`：至少 2 段，含「銜接上一章」與「下一章預告」", named lab parts, a TypeScript type, allowed link domains.
 */
class ReaderFormsTest {

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Scope

            - `01_start.md`
            - `02_middle.md`
            - `03_end.md`

            ## Chapter-level Minimums

            - 章節合約：必須含固定標題。
            - `Goal`：至少 2 段，含「銜接上一章」與「下一章預告」。
            - `Hands-on Lab`：需包含三段：Foundation/Advanced/Challenge，且每段有驗收條件。
            - `Reference Solution`：至少 1 段完整可貼用範例，需含必要 TypeScript type。
            - `Further Reading`：官方來源優先。允許域名：`react.dev`、`github.com/facebook/react/releases`。`02` 章可額外使用 `vitest.dev`。
            """);

    static Finding error(String rule, int line, String message) {
        return new Finding(rule, Severity.ERROR, "s/01_a.md", line, 1, message, "s");
    }

    @Test
    void theRubricLinesAreEnforced() {
        assertEquals(List.of(), CHAPTER.rubric().notChecked().stream()
                .filter(l -> !l.text().contains("官方來源優先") && !l.text().contains("章節合約")
                        && !l.text().contains("完整可貼用範例")).toList());
    }

    @Nested
    class ParagraphCount {

        @Test
        void paragraphsAndListsAreTheSectionsParagraphs() {
            assertEquals(List.of(error("section.paragraph-count", 1, "section 'Goal' has 1 paragraph; rubric: "
                    + "至少 2 段，含「銜接上一章」與「下一章預告」。")), runOn(new ParagraphCountRule(), "## Goal\n\n只有一段。\n", CHAPTER));
            assertEquals(List.of(), runOn(new ParagraphCountRule(), "## Goal\n\n第一段。\n\n第二段。\n", CHAPTER));
            assertEquals(List.of(), runOn(new ParagraphCountRule(), "## Goal\n\n第一段。\n\n- 上一章：A\n- 下一章：B\n", CHAPTER));
            assertEquals(List.of(error("section.paragraph-count", 1, "section 'Goal' has 1 paragraph; rubric: "
                    + "至少 2 段，含「銜接上一章」與「下一章預告」。")),
                    runOn(new ParagraphCountRule(), "## Goal\n\n一段。\n\n```ts\nconst a = 1;\n```\n", CHAPTER));
        }
    }

    @Nested
    class ChapterBridge {

        private List<Finding> check(String path, String goal) {
            return run(new ChapterBridgeRule(), note(path, "## Goal\n\n" + goal + "\n"), CHAPTER).stream()
                    .map(f -> error(f.ruleId(), f.line(), f.message())).toList();
        }

        private Finding missing(String what) {
            return error("section.chapter-bridge", 1, "section 'Goal' " + what + "; rubric: 至少 2 段，含「銜接上一章」與「下一章預告」。");
        }

        @Test
        void labelledLinesOrChaptersByNumberOrFile() {
            assertEquals(List.of(), check("s/02_middle.md", "本章做 X。\n\n銜接上一章：學過 A。下一章預告：將學 B。"));
            assertEquals(List.of(), check("s/02_middle.md", "延續 Ch01 的內容，第 3 章再深入。"));
            assertEquals(List.of(), check("s/02_middle.md", "延續 [起點](01_start.md)，接著讀 `03_end`。"));
        }

        @Test
        void aMissingSideIsNamedWithTheChapterThatWouldCount() {
            assertEquals(List.of(missing("does not preview the next chapter (no 上一章/下一章 line, no mention of chapter 03)")),
                    check("s/02_middle.md", "銜接上一章：學過 A。之後會在 Ch05 用到。"));
            assertEquals(List.of(missing("does not link back to the previous chapter (no 上一章/下一章 line, no mention of "
                    + "chapter 01) and does not preview the next chapter (no 上一章/下一章 line, no mention of chapter 03)")),
                    check("s/02_middle.md", "本章自成一體。"));
        }

        @Test
        void theFirstChapterHasNoPreviousAndTheLastOfTheScopeNoNext() {
            assertEquals(List.of(), check("s/00_intro.md", "下一章預告：開始。"));
            // the Scope starts at 01: it is the first chapter
            assertEquals(List.of(), check("s/01_start.md", "下一章預告：中段。"));
            assertEquals(List.of(), check("s/03_end.md", "銜接上一章：中段。"));
        }
    }

    @Nested
    class NamedParts {

        private List<Finding> check(String lab) {
            return runOn(new NamedPartsRule(), "## Hands-on Lab\n\n" + lab, CHAPTER);
        }

        private Finding lacks(String what) {
            return error("section.named-parts", 1, "section 'Hands-on Lab' " + what
                    + "; rubric: 需包含三段：Foundation/Advanced/Challenge，且每段有驗收條件。");
        }

        @Test
        void eachPartBySubHeadingBoldLeadOrItemWithItsCriteria() {
            assertEquals(List.of(), check("### Foundation\n\n做 A。\n\n驗收條件：\n- 可用\n\n### 進階 (Advanced)\n\n做 B。驗收：通過。\n\n"
                    + "### Challenge\n\n做 C。\n\n**驗收清單：**\n- 通過\n"));
            assertEquals(List.of(), check("**Foundation**：做 A，驗收條件：可用。\n\n**Advanced**：做 B，驗收條件：通過。\n\n"
                    + "**Challenge**：做 C，驗收條件：穩定。\n"));
            assertEquals(List.of(), check("- Foundation：做 A\n  - 驗收條件：可用\n- Advanced：做 B\n  - 驗收條件：通過\n"
                    + "- Challenge：做 C\n  - 驗收條件：穩定\n"));
        }

        @Test
        void aMissingPartOrAPartWithoutCriteria() {
            assertEquals(List.of(lacks("part 'Advanced' has no acceptance criteria (驗收條件), has no part 'Challenge'")),
                    check("### Foundation\n\n做 A。驗收條件：可用。\n\n### Advanced\n\n做 B。\n"));
        }
    }

    @Nested
    class TypeScriptType {

        private List<Finding> check(String solution) {
            return runOn(new TypeDeclarationRule(), "## Reference Solution\n\n" + solution, CHAPTER);
        }

        @Test
        void aTypeOrInterfaceInTypeScriptCode() {
            assertEquals(List.of(), check("```tsx\nexport type Props = { name: string };\n```\n"));
            assertEquals(List.of(), check("```ts\ninterface CounterState {\n  count: number;\n}\n```\n"));
            assertEquals(List.of(), check("```tsx\nfunction useOnline(): boolean {\n  return true;\n}\n```\n"));
            assertEquals(List.of(), check("```ts\nconst useStore = create<{ count: number }>()(() => ({ count: 0 }));\n```\n"));
            assertEquals(List.of(), check("```tsx\nexport const metadata: Metadata = { title: 'Lab' };\n```\n"));
            assertEquals(List.of(), check("```tsx\nexport function Shell({ children }: { children: React.ReactNode }) {}\n```\n"));
            assertEquals(List.of(), check("```svelte\n<script lang=\"ts\">\n  type Item = { id: number };\n</script>\n```\n"));
        }

        @Test
        void noDeclarationOrNotTypeScript() {
            Finding none = error("section.typescript-type", 1, "section 'Reference Solution' has no TypeScript type (no "
                    + "type X = …, interface X, typed annotation or object type argument in a ts/tsx code block); rubric: 至少 1 段完整可貼用範例，需含必要 TypeScript type。");
            assertEquals(List.of(none), check("```tsx\nconst name = ok ? a : b;\nconst user = { name: 'a' };\n```\n"));
            assertEquals(List.of(none), check("```go\ntype Item = struct{}\n```\n"));
            assertEquals(List.of(none), check("```ts\n// a type X = 1 in a comment\nconst x = 1;\n```\n"));
        }
    }

    @Nested
    class LinkDomains {

        private static final String RUBRIC = "; rubric: 官方來源優先。允許域名：`react.dev`、`github.com/facebook/react/releases`。"
                + "`02` 章可額外使用 `vitest.dev`。";

        private List<Finding> check(String path, String reading) {
            return run(new LinkDomainsRule(), note(path, "## Further Reading\n\n" + reading), CHAPTER).stream()
                    .map(f -> error(f.ruleId(), f.line(), f.message())).toList();
        }

        @Test
        void allowedDomainsSubdomainsAndPaths() {
            assertEquals(List.of(), check("s/01_start.md", "- [Docs](https://react.dev/learn)\n- [Blog](https://www.react.dev/blog)\n"
                    + "- [Release](https://github.com/facebook/react/releases/tag/v19.0.0)\n- [Local](02_middle.md)\n"));
        }

        @Test
        void anotherDomainOrPathIsReportedAndAChapterMayHaveExceptions() {
            assertEquals(List.of(error("section.link-domains", 1, "section 'Further Reading' links outside the allowed domains "
                    + "[react.dev, github.com/facebook/react/releases]: github.com (line 3), vitest.dev (line 4)" + RUBRIC)),
                    check("s/01_start.md", "- [Repo](https://github.com/facebook/react)\n- [Vitest](https://vitest.dev/guide/)\n"));
            assertEquals(List.of(), check("s/02_middle.md", "- [Vitest](https://vitest.dev/guide/)\n"));
        }

        @Test
        void aBareUrlIsALinkAReaderFollows() {
            assertEquals(List.of(error("section.link-domains", 1, "section 'Further Reading' links outside the allowed domains "
                    + "[react.dev, github.com/facebook/react/releases]: vitest.dev (line 4)" + RUBRIC)),
                    check("s/01_start.md", "- https://react.dev/learn\n- 測試：https://vitest.dev/guide/。\n"));
            assertEquals(List.of(), check("s/01_start.md", "- <https://react.dev/learn>\n\nhttps://react.dev/reference，見上。\n"));
        }
    }

    @Nested
    class AnswerSentences {

        private final ChapterContext interview = chapterOf("""
                ## Chapter-level Minimums

                1. `Interview`

                ### Interview

                - 每題附簡潔答案（2-3 句）。
                """);

        @Test
        void eachAnswerByQuestionSubHeadingOrBoldLead() {
            assertEquals(List.of(), runOn(new AnswerSentencesRule(), "## Interview\n\n### Q1: 為什麼？\n\n**A:** 一。二。\n\n"
                    + "### Q2: 怎麼做？\n\n一。二。三。\n", interview));
            assertEquals(List.of(error("section.answer-sentences", 1, "section 'Interview' has answers outside 2-3 sentences: "
                    + "'Q2: 怎麼做？' has 4 sentences, 'Q3' has 1 sentence; rubric: 每題附簡潔答案（2-3 句）。")),
                    runOn(new AnswerSentencesRule(), "## Interview\n\n**Q1: 為什麼？**\n\n一。二。\n\n**Q2: 怎麼做？**\n\n"
                            + "一。二。三。四。\n\n**Q3**\n\n- 只有一句。\n", interview));
        }

        @Test
        void anAnswerInTheQuestionsParagraph() {
            assertEquals(List.of(), runOn(new AnswerSentencesRule(), "## Interview\n\n**Q1：為什麼？** 一。二。\n\n"
                    + "**Q2：怎麼做？**\n答：一。二。三。\n", interview));
        }
    }
}
