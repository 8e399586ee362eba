package io.github.backendnotes.parse;

import io.github.backendnotes.RandomTexts;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Note;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What is a link in a note's text and what is not, and what a link can name in a note. */
class LinkSyntaxTest {

    private static Note parse(String text) {
        return new NoteParser().parse("a.md", text);
    }

    private static List<String> targets(String text) {
        return parse(text).links().stream().map(Link::target).toList();
    }

    @Test
    void theBracketScanReadsAsTheSearchForBothPairs() {
        for (String text : RandomTexts.of(23, 50_000, 10, "[", "]", "(", ")", "[[", "](", "x", "中", " ", "\\")) {
            assertEquals(text.contains("](") || text.contains("[["), LinkSyntax.mayLink(text),
                    () -> "on '" + text + "'");
        }
    }

    @Test
    void escapedBracketsAreNoLink() {
        assertEquals(List.of("real"), targets("Write \\[\\[double bracket syntax\\]\\] for [[real]].\n"));
        assertEquals(List.of(), targets("Not \\[[this]] nor [[that\\]].\n"));
    }

    @Test
    void textInsideInlineHtmlElementsIsNoLink() {
        assertEquals(List.of("after"), targets("Type <code>[[page name]]</code> or <kbd>[[x]]</kbd>, then [[after]].\n"));
        // a void element opens nothing
        assertEquals(List.of("next"), targets("One<br>[[next]]\n"));
    }

    @Test
    void mathIsNoLink() {
        assertEquals(List.of("out"), targets("Inline $[[a]]$ and [[out]].\n"));
        assertEquals(List.of("after"), targets("$$\n[[a]] [b](c.md)\n$$\n\n[[after]]\n"));
        // dollar amounts are not math
        assertEquals(List.of("x", "y"), targets("It costs $5 and [[x]] or $10 and [[y]].\n"));
    }

    @Test
    void obsidianCommentsAreNoLinkEvenAcrossParagraphs() {
        assertEquals(List.of("shown"), targets("%% [[hidden]] %% [[shown]]\n"));
        assertEquals(List.of("after"), targets("%%\n[[a]]\n\n[b](c.md) ![i](i.png)\n%%\n\n[[after]]\n"));
    }

    @Test
    void htmlCommentsAndCodeAreNoLink() {
        assertEquals(List.of(), targets("<!-- [[a]] [b](c.md) -->\n\n`[[code]]`\n\n```\n[[block]]\n```\n"));
    }

    @Test
    void aTableCellsEscapedBarSeparatesTheAlias() {
        Note note = parse("| a | b |\n|---|---|\n| [[Note\\|alias]] | [[Other#H]] |\n");
        assertEquals(List.of("Note", "Other#H"), note.links().stream().map(Link::target).toList());
        assertEquals("alias", note.links().get(0).text());
        assertEquals(3, note.links().get(1).line());
        assertEquals(21, note.links().get(1).column());
    }

    @Test
    void blockIdsEndAParagraphOrListItemOrStandAfterATable() {
        Note note = parse("Text ^para-1\n\n- item ^Item2\n\n| a |\n|---|\n| 1 |\n\n^table\n\nnot^an-id\n");
        assertEquals(Set.of("para-1", "item2", "table"), note.targets().blockIds());
    }

    @Test
    void htmlAnchorsAndGithubHeadingAnchors() {
        Note note = parse("# Title ![alt](x.png) <!-- c -->\n\n<a name=\"old\"></a>\n\n<span id='sp'>x</span>\n\n"
                + "## x\n\n## x\n\n## x 1\n\n## `code()` and **bold**\n");
        assertEquals(Set.of("old", "sp"), note.targets().htmlIds());
        assertEquals(Set.of("title--", "x", "x-1", "x-1-1", "code-and-bold"), note.targets().slugs());
    }

    @Test
    void longRunsOfDelimitersTakeLinearTime() {
        String text = "$a ".repeat(200_000) + "[[x]] " + "\\[".repeat(100_000) + " %".repeat(100_000) + "\n";
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> assertEquals(List.of("x"), targets(text)));
    }
}
