package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.parse.Clauses;
import io.github.backendnotes.rules.RuleCatalog;
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
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each section rule's clause form: the rubric phrases it reads, and the checklist lines that restate its minimum. */
class ClauseFormsTest {

    private static Optional<Check> read(ClauseForm form, String text) {
        return form.read(text);
    }

    /** Through the catalog, as the rubric parser reads a clause: the first form that reads it wins. */
    private static Optional<Check> catalog(String clause) {
        return Clauses.read(RuleCatalog.clauseForms(), clause);
    }

    @Test
    void itemCount() {
        assertEquals(Optional.of(new ItemCount(2, 0)), read(ItemCountRule.FORM, "至少 2 條"));
        assertEquals(Optional.of(new ItemCount(4, 0)), read(ItemCountRule.FORM, "需至少 4 題"));
        assertEquals(Optional.of(new ItemCount(5, 0)), read(ItemCountRule.FORM, "At least 5 items"));
        assertEquals(Optional.of(new ItemCount(3, 5)), read(ItemCountRule.FORM, "3-5 個"));
        assertEquals(Optional.of(new ItemCount(2, 4)), read(ItemCountRule.FORM, "2~4 步"));
        assertEquals(Optional.empty(), read(ItemCountRule.FORM, "1-2 句話"));
        assertTrue(new ItemCount(3, 0).restatedBy("對照表至少 3 行"));
        assertFalse(new ItemCount(3, 0).restatedBy("至少 3 行且附說明"));
        assertFalse(new ItemCount(3, 0).restatedBy("至少 13 行"));
    }

    /** A count no int holds is a requirement no section meets, not a crash of the rubric's reading. */
    @Test
    void countsPastAnIntAreClamped() {
        String huge = "22222222222222222221";
        assertEquals(Optional.of(new ItemCount(Integer.MAX_VALUE, 0)), catalog("至少 " + huge + " 條"));
        assertEquals(Optional.of(new ItemCount(3, Integer.MAX_VALUE)), catalog("3-" + huge + " 個"));
        assertEquals(Optional.of(new ParagraphCountRule.ParagraphCount(Integer.MAX_VALUE)),
                catalog("至少 " + huge + " 段"));
        assertEquals(Optional.of(new TableRows(Integer.MAX_VALUE)), catalog("至少 " + huge + " 個面向的比較"));
        assertEquals(Optional.of(new SentenceCount(1, Integer.MAX_VALUE)), catalog("1-" + huge + " 句話"));
        assertEquals(Optional.of(new AnswerSentencesRule.AnswerSentences(3, Integer.MAX_VALUE)),
                read(AnswerSentencesRule.FORM, "每題附簡潔答案（3-" + huge + " 句）"));
        CodeExamplesRule.CodeExamples examples = new CodeExamplesRule.CodeExamples(Integer.MAX_VALUE, "", List.of(),
                "完整可貼用範例");
        assertEquals(Optional.of(examples), catalog("至少 " + huge + " 段完整可貼用範例"));
    }

    @Test
    void paragraphCountIsTheWholeClause() {
        assertEquals(Optional.of(new ParagraphCountRule.ParagraphCount(2)), read(ParagraphCountRule.FORM, "至少 2 段"));
        assertEquals(Optional.of(new ParagraphCountRule.ParagraphCount(3)), read(ParagraphCountRule.FORM, "at least 3 paragraphs"));
        // a sample of code is a 段 too: only the bare count is read as paragraphs
        assertEquals(Optional.empty(), read(ParagraphCountRule.FORM, "至少 1 段完整可貼用範例"));
        assertEquals(Optional.of(new ParagraphCountRule.ParagraphCount(2)), catalog("至少 2 段"));
        assertEquals(Optional.of(new CodeExamplesRule.CodeExamples(1, "", List.of(), "完整可貼用範例")), catalog("至少 1 段完整可貼用範例"));
    }

    @Test
    void chapterBridgeReadsWhatTheQuotedPhrasesName() {
        assertEquals(Optional.of(new ChapterBridgeRule.ChapterBridge()), read(ChapterBridgeRule.FORM, "含「銜接上一章」與「下一章預告」"));
        assertEquals(Optional.of(new ChapterBridgeRule.ChapterBridge()), catalog("含「銜接上一章」與「下一章預告」"));
        assertEquals(Optional.empty(), read(ChapterBridgeRule.FORM, "含「沒有此知識時的痛點」"));
    }

    @Test
    void namedPartsReadTheWholeLine() {
        assertTrue(NamedPartsRule.FORM.readsWholeLine());
        NamedPartsRule.NamedParts labs = new NamedPartsRule.NamedParts(List.of("Foundation", "Advanced", "Challenge"), true);
        assertEquals(Optional.of(labs), read(NamedPartsRule.FORM, "需包含三段：Foundation/Advanced/Challenge，且每段有驗收條件"));
        assertEquals(Optional.of(labs), read(NamedPartsRule.FORM, "Foundation / Advanced / Challenge 均有驗收條件"));
        assertEquals(Optional.of(new NamedPartsRule.NamedParts(List.of("Foundation", "Advanced", "Challenge"), false)),
                read(NamedPartsRule.FORM, "需含 Foundation / Advanced / Challenge"));
        // three names in a clause about something else are not parts
        assertEquals(Optional.empty(), read(NamedPartsRule.FORM, "至少 4 條，且至少 1 條為 React/Next/Zustand 邊界陷阱"));
    }

    @Test
    void typeScriptType() {
        assertEquals(Optional.of(new TypeDeclarationRule.TypeDeclaration()), catalog("需含必要 TypeScript type"));
        assertEquals(Optional.of(new TypeDeclarationRule.TypeDeclaration()), catalog("含狀態型別"));
        assertTrue(catalog("需含完整 HTML 結構或 CSS-first 設定").orElseThrow() instanceof CodeFormRule.CodeForms);
    }

    @Test
    void linkDomainsWithPerChapterExceptions() {
        assertTrue(LinkDomainsRule.FORM.readsWholeLine());
        assertEquals(Optional.of(new LinkDomainsRule.LinkDomains(List.of("react.dev", "nextjs.org"),
                        java.util.Map.of(17, List.of("vitest.dev", "testing-library.com")))),
                read(LinkDomainsRule.FORM, "官方來源優先。允許域名：`react.dev`、`nextjs.org`。`17` 章可額外使用 `vitest.dev` 與 `testing-library.com`。"));
        assertEquals(Optional.empty(), read(LinkDomainsRule.FORM, "推薦 `zustand.docs.pmnd.rs`、`react.dev`"));
    }

    @Test
    void linkDomainExceptionsReadInChapterOrder() {
        // report.json prints the record: its text must not depend on a hash order that changes between runs
        java.util.Map<Integer, List<String>> given = new java.util.LinkedHashMap<>();
        for (int chapter = 40; chapter >= 1; chapter--) {
            given.put(chapter, List.of("d" + chapter + ".dev"));
        }
        LinkDomainsRule.LinkDomains read = new LinkDomainsRule.LinkDomains(List.of("a.dev"), given);
        assertEquals(java.util.stream.IntStream.rangeClosed(1, 40).boxed().toList(), List.copyOf(read.exceptions().keySet()));
        assertTrue(read.toString().contains("exceptions={1=[d1.dev], 2=[d2.dev], 3=[d3.dev]"), read::toString);
        java.util.Map<String, String> minimums = new java.util.LinkedHashMap<>();
        for (String crate : List.of("tokio", "axum", "sqlx", "serde", "tracing", "tower", "hyper", "reqwest")) {
            minimums.put(crate, "1");
        }
        assertEquals(List.copyOf(minimums.keySet()),
                List.copyOf(new DependencyVersionsRule.DependencyVersions(minimums).minimums().keySet()));
    }

    @Test
    void answerSentencesReadTheRangeInTheParenthesis() {
        assertTrue(AnswerSentencesRule.FORM.readsWholeLine());
        assertEquals(Optional.of(new AnswerSentencesRule.AnswerSentences(3, 5)), read(AnswerSentencesRule.FORM, "每題附簡潔答案（3-5 句）"));
        assertEquals(Optional.empty(), read(AnswerSentencesRule.FORM, "3-5 個常見面試問題"));
    }

    @Test
    void sentenceCount() {
        assertEquals(Optional.of(new SentenceCount(1, 2)), read(SentenceCountRule.FORM, "1-2 句話"));
        assertEquals(Optional.of(new SentenceCount(3, 0)), read(SentenceCountRule.FORM, "至少 3 句"));
        assertEquals(Optional.empty(), read(SentenceCountRule.FORM, "至少 3 條"));
        assertTrue(new SentenceCount(1, 2).restatedBy("Intent 1-2 句話"));
        assertTrue(new SentenceCount(1, 2).restatedBy("Intent 1-2句"));
        assertFalse(new SentenceCount(1, 2).restatedBy("Intent 簡短"));
    }

    @Test
    void comparisonRows() {
        assertEquals(Optional.of(new TableRows(4)), read(ComparisonRowsRule.FORM, "至少 4 個面向的比較"));
        assertEquals(Optional.of(new TableRows(3)), read(ComparisonRowsRule.FORM, "需至少 3 面向"));
        assertEquals(Optional.empty(), read(ComparisonRowsRule.FORM, "至少 4 個"));
        assertTrue(new TableRows(3).restatedBy("對照表至少 3 行"));
    }

    @Test
    void diagramReadsTheWholeLine() {
        assertTrue(DiagramRule.FORM.readsWholeLine());
        assertEquals(Optional.of(new Diagram(null)), read(DiagramRule.FORM, "必須包含 Mermaid diagram（擇一）"));
        assertEquals(Optional.of(new Diagram("classDiagram")), read(DiagramRule.FORM, "Mermaid `classDiagram` 呈現型別關係"));
        assertEquals(Optional.empty(), read(DiagramRule.FORM, "一張架構圖"));
        assertTrue(new Diagram(null).restatedBy("Concept 有 mermaid 圖"));
    }

    @Test
    void outputCommentReadsTheWholeLine() {
        assertTrue(OutputCommentRule.FORM.readsWholeLine());
        assertEquals(Optional.of(new OutputComment()), read(OutputCommentRule.FORM, "預期輸出（`// Output:` 區塊）"));
        assertEquals(Optional.of(new OutputComment()), read(OutputCommentRule.FORM, "含 `// Output:` 註解"));
        assertEquals(Optional.empty(), read(OutputCommentRule.FORM, "含 `package main`"));
        assertFalse(new OutputComment().restatedBy("預期輸出"));
    }

    @Test
    void orderedList() {
        assertEquals(Optional.of(new OrderedList()), read(OrderedListRule.FORM, "以編號列表呈現"));
        assertEquals(Optional.of(new OrderedList()), read(OrderedListRule.FORM, "as a Numbered List"));
        assertEquals(Optional.empty(), read(OrderedListRule.FORM, "以列表呈現"));
    }

    @Test
    void relativeLink() {
        assertEquals(Optional.of(new RelativeLink()), read(RelativeLinkRule.FORM, "使用相對路徑連結"));
        assertEquals(Optional.of(new RelativeLink()), read(RelativeLinkRule.FORM, "use a Relative link"));
        assertEquals(Optional.empty(), read(RelativeLinkRule.FORM, "使用連結"));
    }

    @Test
    void mentions() {
        assertEquals(Optional.of(new MentionsEach(List.of("Go", "Rust"))),
                read(MentionsRule.FORM, "需針對 Go 與 Rust 各至少提及 1 個"));
        assertEquals(Optional.of(new MentionsEach(List.of("MySQL", "PostgreSQL"))),
                read(MentionsRule.FORM, "針對 MySQL 和 PostgreSQL 各舉一例"));
        assertEquals(Optional.empty(), read(MentionsRule.FORM, "提及 Go"));
    }

    @Test
    void codeShape() {
        assertEquals(Optional.of(new CodeContains(List.of("package main", "import", "func main()"))),
                read(CodeShapeRule.FORM, "含 `package main`、`import`、`func main()`"));
        assertEquals(Optional.of(new CodeContains(List.of("use std::io"))), read(CodeShapeRule.FORM, "含 `use std::io`"));
        // a token followed by "或 …" is not a plain token list
        assertEquals(Optional.empty(), read(CodeShapeRule.FORM, "含 `fn main()` 或 Axum handler 範例"));
    }

    @Test
    void theCatalogTriesTheNarrowerFormFirst() {
        assertEquals(Optional.of(new TableRows(4)), catalog("至少 4 個面向的比較（如：a、b）"));
        assertEquals(Optional.of(new ItemCount(4, 0)), catalog("至少 4 個"));
        assertEquals(Optional.of(new SentenceCount(1, 2)), catalog("1-2 句話"));
        assertEquals(Optional.empty(), catalog("明確表達本章要解決的問題"));
        // whole-line forms read the line, not a clause
        assertEquals(Optional.empty(), catalog("Mermaid diagram"));
    }
}
