package io.github.backendnotes.parse;

import io.github.backendnotes.RandomTexts;
import io.github.backendnotes.model.Note;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FrontMatterFenceTest {

    /** Markdown a note's body is made of: headings, links, tables with escaped bars, code, comments, directives. */
    private static final List<String> BODIES = RandomTexts.of(11, 1_500, 40, "# T\n", "## Intent / 意圖\n", "\n",
            "text ", "[a](b.md#c) ", "[[Note#Part|x]] ", "| a | b \\| c |\n|---|---|\n| [x](y.md) | 2 |\n",
            "```java\nint x;\n```\n", "<!-- backend-notes-disable-next-line links.broken -->\n", "- item ^id1\n",
            "`code [a](b)` ", "$x [a](b)$ ", "<a name=\"n\"></a>", "---\n", "title: x\n", "    indented\n");

    /** Closed front matter, with lines that would be Markdown blocks outside it. */
    private static final List<String> FRONT_MATTERS = List.of("---\ntitle: x\ntags: [a]\n---\n", "---\n---\n",
            "---  \n# not: a heading\n- [not](a.md)\n```\n| a | b |\n|---|---|\n...\t\n",
            "---\nsummary: |\n  <!-- backend-notes-disable links.broken -->\n  [[inside]]\n---   \n");

    @Test
    void aBodyBehindFrontMatterParsesAsTheSameBodyBehindBlankLines() {
        NoteParser parser = new NoteParser();
        int round = 0;
        for (String body : BODIES) {
            String frontMatter = FRONT_MATTERS.get(round++ % FRONT_MATTERS.size());
            Note withFrontMatter = parser.parse("n.md", frontMatter + body);
            assertEquals(null, withFrontMatter.problems().stream()
                    .filter(p -> p.rule().equals(ParseRules.FRONT_MATTER_UNCLOSED)).findFirst().orElse(null));
            Note blank = parser.parse("n.md", "\n".repeat((int) frontMatter.chars().filter(c -> c == '\n').count())
                    + body);
            if (blank.problems().stream().anyMatch(p -> p.rule().equals(ParseRules.EMPTY_FILE))) {
                continue;
            }
            assertEquals(blank.sections(), withFrontMatter.sections(), body);
            assertEquals(blank.headings(), withFrontMatter.headings(), body);
            assertEquals(blank.links(), withFrontMatter.links(), body);
            assertEquals(blank.codeBlocks(), withFrontMatter.codeBlocks(), body);
            assertEquals(blank.targets(), withFrontMatter.targets(), body);
            assertEquals(blank.suppressions().directives(), withFrontMatter.suppressions().directives(), body);
        }
    }
}
