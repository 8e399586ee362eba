package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.brief;
import static io.github.backendnotes.TestVaults.chapterOf;
import static io.github.backendnotes.TestVaults.runOn;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CodeRulesTest {

    private static final ChapterContext STRICT = chapterOf("""
            ## Code Snippet Standards

            - Code block language tag required
            - no foo/bar
            """);
    private static final ChapterContext NAMES_ONLY = chapterOf("""
            ## Code Snippet Standards

            - 命名不使用 `foo`、`bar`
            - Keep examples short
            """);

    private static final String UNTAGGED = """
            ## Example

            ```
            plain
            ```

            - 步驟一

              ```
              nested
              ```

            ```go
            x := 1
            ```

            Text.

                indented code
            """;

    @Test
    void everyFencedBlockNeedsATagIncludingBlocksInListItems() {
        List<Finding> findings = runOn(new LanguageTagRule(), UNTAGGED, STRICT);
        assertEquals(List.of("s/01_a.md:3:1 code.language-tag", "s/01_a.md:9:1 code.language-tag"), brief(findings));
        assertEquals(new Finding("code.language-tag", Severity.ERROR, "s/01_a.md", 3, 1,
                "fenced code block has no language tag; the rubric's code standards require one", "s"), findings.get(0));
    }

    @Test
    void languageTagOnlyWhenTheRubricRequiresIt() {
        assertEquals(List.of(), runOn(new LanguageTagRule(), UNTAGGED, NAMES_ONLY));
        assertEquals(List.of(), runOn(new LanguageTagRule(), UNTAGGED, null));
    }

    private static final String PLACEHOLDERS = """
            ## Example

            ```go
            func foo() {
                s := "foo"
                // call foo later
                food := 1
                x := bar + 1
                t := `foo bar`
            }
            ```

            ```mermaid
            graph TD; foo-->bar
            ```

            ```python
            y = 1  # foo here
            print(foo)
            ```
            """;

    private static Finding warning(int line, int column, String name) {
        return new Finding("code.placeholder-name", Severity.WARNING, "s/01_a.md", line, column,
                "code uses the placeholder name '" + name + "'; the rubric asks for names with intent", "s");
    }

    @Test
    void placeholderIdentifiersWithLineAndColumn() {
        assertEquals(List.of(warning(4, 6, "foo"), warning(8, 10, "bar"), warning(19, 7, "foo")),
                runOn(new PlaceholderNameRule(), PLACEHOLDERS, STRICT));
        assertEquals(List.of(warning(4, 6, "foo"), warning(8, 10, "bar"), warning(19, 7, "foo")),
                runOn(new PlaceholderNameRule(), PLACEHOLDERS, NAMES_ONLY));
    }

    @Test
    void stringsCommentsAndLongerWordsAreSkipped() {
        assertEquals(List.of(), runOn(new PlaceholderNameRule(), """
                ```rust
                let food = "a \\"foo\\" b"; // foo
                let foobar = bar_count; /* ok */
                ```
                """, STRICT));
        assertEquals("let x = " + " ".repeat(7) + ";", PlaceholderNameRule.withoutStringsAndComments("let x = \"foo\\\"\";// foo", false));
        assertEquals("x = 1  ", PlaceholderNameRule.withoutStringsAndComments("x = 1  # foo", true));
        assertEquals("x = 1  # foo", PlaceholderNameRule.withoutStringsAndComments("x = 1  # foo", false));
    }

    @Test
    void noPlaceholderCheckWithoutTheRubricOrAChapter() {
        ChapterContext tagsOnly = chapterOf("## Code Snippet Standards\n\n- Code block language tag required\n");
        assertEquals(List.of(), runOn(new PlaceholderNameRule(), PLACEHOLDERS, tagsOnly));
        assertEquals(List.of(), runOn(new PlaceholderNameRule(), PLACEHOLDERS, null));
    }
}
