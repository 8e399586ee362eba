package io.github.backendnotes.model;

import io.github.backendnotes.model.Suppressions.Directive;
import io.github.backendnotes.model.Suppressions.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The suppressions a note declares, as parsed, and which findings they cover. */
class SuppressionsTest {

    private static Suppressions of(Directive... directives) {
        return new Suppressions(Set.of(), List.of(directives));
    }

    @Test
    void nextLineCoversOnlyTheNextLine() {
        Suppressions s = of(new Directive(Kind.NEXT_LINE, Set.of("links.broken"), 3));
        assertFalse(s.suppresses("links.broken", 3));
        assertTrue(s.suppresses("links.broken", 4));
        assertFalse(s.suppresses("links.broken", 5));
        assertFalse(s.suppresses("links.broken-anchor", 4));
        assertFalse(s.suppresses("links.broken", 0));
    }

    @Test
    void nextLineByCategoryAndWithoutIds() {
        assertTrue(of(new Directive(Kind.NEXT_LINE, Set.of("links"), 3)).suppresses("links.broken-anchor", 4));
        assertFalse(of(new Directive(Kind.NEXT_LINE, Set.of("links"), 3)).suppresses("section.item-count", 4));
        assertTrue(of(new Directive(Kind.NEXT_LINE, Set.of(), 3)).suppresses("section.item-count", 4));
    }

    @Test
    void disableEnableRangeByIdAndByCategory() {
        Suppressions s = of(new Directive(Kind.DISABLE, Set.of("links.broken", "section"), 2),
                new Directive(Kind.ENABLE, Set.of("links.broken", "section"), 6));
        assertFalse(s.suppresses("links.broken", 2)); // the comment's own line is before the range
        assertTrue(s.suppresses("links.broken", 3));
        assertTrue(s.suppresses("section.item-count", 5));
        assertFalse(s.suppresses("links.broken-anchor", 4));
        assertFalse(s.suppresses("links.broken", 7));
        assertFalse(s.suppresses("section.item-count", 7));
    }

    @Test
    void disableWithoutIdsCoversEveryRuleUntilAnEnable() {
        Suppressions s = of(new Directive(Kind.DISABLE, Set.of(), 2), new Directive(Kind.ENABLE, Set.of("links"), 5),
                new Directive(Kind.ENABLE, Set.of(), 8));
        assertTrue(s.suppresses("structure.missing-heading", 4));
        assertTrue(s.suppresses("links.broken", 4));
        assertFalse(s.suppresses("links.broken", 6));           // links enabled again
        assertTrue(s.suppresses("structure.missing-heading", 6)); // the rest still disabled
        assertFalse(s.suppresses("structure.missing-heading", 9)); // enable without ids: everything
    }

    @Test
    void disableWithoutEnableRunsToTheEndOfTheFile() {
        assertTrue(of(new Directive(Kind.DISABLE, Set.of("links"), 2)).suppresses("links.broken", 10_000));
    }

    @Test
    void enableOfAnotherRuleDoesNotEndTheRange() {
        Suppressions s = of(new Directive(Kind.DISABLE, Set.of("links"), 2),
                new Directive(Kind.ENABLE, Set.of("links.broken-anchor"), 4));
        assertTrue(s.suppresses("links.broken", 5));
        assertFalse(s.suppresses("links.broken-anchor", 5));
    }

    @Test
    void wholeFileByIdOrCategoryIncludingLineZero() {
        Suppressions s = new Suppressions(Set.of("links.orphan", "section"), List.of());
        assertTrue(s.suppresses("links.orphan", 0));
        assertTrue(s.suppresses("section.item-count", 42));
        assertFalse(s.suppresses("links.broken", 3));
        assertFalse(s.isEmpty());
        assertTrue(Suppressions.NONE.isEmpty());
        assertFalse(Suppressions.NONE.suppresses("links.broken", 1));
    }

    @Test
    void directivesAreReadFromCommentsWithTheirLines() {
        Note note = note("a.md", """
                ---
                title: x
                ---
                # A

                <!-- backend-notes-disable-next-line links.broken, links.broken-anchor -->
                [x](gone.md)

                Text <!-- backend-notes-disable section --> inline.

                <!--backend-notes-enable-->
                - item <!-- backend-notes-disable -->
                """);
        assertEquals(List.of(
                new Directive(Kind.NEXT_LINE, Set.of("links.broken", "links.broken-anchor"), 6),
                new Directive(Kind.DISABLE, Set.of("section"), 9),
                new Directive(Kind.ENABLE, Set.of(), 11),
                new Directive(Kind.DISABLE, Set.of(), 12)), note.suppressions().directives());
    }

    @Test
    void severalCommentsInOneHtmlBlockKeepTheirOwnLines() {
        Note note = note("a.md", "# A\n\n<div>\n<!-- backend-notes-disable links -->\n"
                + "<!-- backend-notes-enable links -->\n</div>\n");
        assertEquals(List.of(new Directive(Kind.DISABLE, Set.of("links"), 4), new Directive(Kind.ENABLE, Set.of("links"), 5)),
                note.suppressions().directives());
    }

    @Test
    void commentsInCodeAreNotDirectives() {
        Note note = note("a.md", """
                # A

                ```html
                <!-- backend-notes-disable -->
                ```

                    <!-- backend-notes-disable-next-line -->

                Use `<!-- backend-notes-disable links -->` to silence links.
                """);
        assertEquals(List.of(), note.suppressions().directives());
        assertTrue(note.suppressions().isEmpty());
    }

    @Test
    void frontMatterKeyAsListOrSingleValue() {
        assertEquals(Set.of("links.broken", "section"),
                note("a.md", "---\nbackend-notes-disable: [links.broken, section]\n---\n# A\n").suppressions().wholeFile());
        assertEquals(Set.of("code.language-tag", "links"),
                note("a.md", "---\nbackend-notes-disable:\n  - code.language-tag\n  - links\n---\n").suppressions().wholeFile());
        assertEquals(Set.of("links"),
                note("a.md", "---\nbackend-notes-disable: links\n---\n# A\n").suppressions().wholeFile());
        assertEquals(Set.of(), note("a.md", "---\nbackend-notes-disable:\n---\n# A\n").suppressions().wholeFile());
    }

    @Test
    void otherCommentsAndLookalikesAreNotDirectives() {
        Note note = note("a.md", "# A\n\n<!-- just a comment -->\n\n<!-- backend-notes-disabled links -->\n");
        assertEquals(List.of(), note.suppressions().directives());
    }
}
