package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "至少 N 段…範例" and "含 `fn main()` 或 Axum handler": code examples counted, one of several code forms. */
class CodeFormsTest {

    private static final String MAIN_OR_HANDLER = "完整可編譯可執行，含 `fn main()` 或 Axum handler 範例。";
    private static final String PAGE = "至少 1 段完整可貼用範例，需含完整 HTML 結構或 CSS-first 設定。";
    private static final String TS = "至少 2 段可貼用 TypeScript 範例。";

    private static final ChapterContext CHAPTER = chapterOf("""
            ## Chapter-level Minimums

            1. `Program`
            2. `Page`
            3. `Store`

            ### Program

            - 完整可編譯可執行，含 `fn main()` 或 Axum handler 範例。

            ### Page

            - 至少 1 段完整可貼用範例，需含完整 HTML 結構或 CSS-first 設定。

            ### Store

            - 至少 2 段可貼用 TypeScript 範例。
            """);

    private static Finding error(String rule, int line, String message) {
        return new Finding(rule, Severity.ERROR, "s/01_a.md", line, 1, message, "s");
    }

    @Test
    void theFormsReadTheirClausesAndOnlyThose() {
        assertEquals(List.of("Program: 完整可編譯可執行"), CHAPTER.rubric().notChecked().stream()
                .map(l -> l.text()).toList());
        assertEquals(Optional.empty(), CodeFormRule.FORM.read("含 `fn main()` 或可讀的範例"));
        assertEquals(Optional.empty(), CodeFormRule.FORM.read("含 `package main`、`func main()`"));
        assertEquals(Optional.empty(), CodeExamplesRule.FORM.read("至少 2 段"));
        assertTrue(CodeExamplesRule.FORM.read("at least 2 Go examples").isPresent());
    }

    @Test
    void oneOfTheCodeFormsSatisfiesTheSection() {
        assertEquals(List.of(), runOn(new CodeFormRule(), "## Program\n\n```rust\nfn main() {}\n```\n", CHAPTER));
        assertEquals(List.of(), runOn(new CodeFormRule(), "## Program\n\n```rust\nuse axum::Json;\n\n"
                + "async fn health() -> Json<u8> { Json(1) }\n```\n", CHAPTER));
        assertEquals(List.of(error("section.code-form", 1, "section 'Program' has no code with 'fn main()' or an Axum "
                + "handler (an async function in code using Axum); rubric: " + MAIN_OR_HANDLER)),
                runOn(new CodeFormRule(), "## Program\n\n```rust\n#[tokio::test]\nasync fn saves() {}\n```\n", CHAPTER));
    }

    @Test
    void aWholeHtmlDocumentOrACssFirstConfiguration() {
        assertEquals(List.of(), runOn(new CodeFormRule(), "## Page\n\n```html\n<!doctype html>\n<html><body></body></html>\n```\n",
                CHAPTER));
        assertEquals(List.of(), runOn(new CodeFormRule(), "## Page\n\n```css\n@import \"tailwindcss\";\n@theme { --x: 1; }\n```\n",
                CHAPTER));
        assertEquals(List.of(error("section.code-form", 1, "section 'Page' has no code with a whole HTML document (<html> or "
                + "<!doctype html>) or a CSS-first configuration (a css block with @import, @theme, @config, @plugin, …); "
                + "rubric: " + PAGE)), runOn(new CodeFormRule(), "## Page\n\n```html\n<div class=\"p-4\"></div>\n```\n", CHAPTER));
    }

    @Test
    void examplesAreCodeBlocksInTheLanguageNamed() {
        assertEquals(List.of(), runOn(new CodeExamplesRule(), "## Page\n\n```html\n<p></p>\n```\n", CHAPTER));
        assertEquals(List.of(error("section.code-examples", 1, "section 'Page' has 0 code blocks, expected at least 1; "
                + "rubric: " + PAGE)), runOn(new CodeExamplesRule(), "## Page\n\nSee the steps above.\n", CHAPTER));
        assertEquals(List.of(), runOn(new CodeExamplesRule(), "## Store\n\n```ts\nconst a = 1;\n```\n\n```tsx\n<A />\n```\n",
                CHAPTER));
        assertEquals(List.of(error("section.code-examples", 1, "section 'Store' has 1 TypeScript code block, expected at "
                + "least 2; rubric: " + TS)), runOn(new CodeExamplesRule(), "## Store\n\n```ts\nconst a = 1;\n```\n\n"
                + "```md\n# notes\n```\n", CHAPTER));
    }
}
