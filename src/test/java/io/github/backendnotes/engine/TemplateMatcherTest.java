package io.github.backendnotes.engine;

import org.junit.jupiter.api.Test;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateMatcherTest {

    private static final List<String> GLOBS = List.of("**/templates/**", "**/prompts/**", "drafts/*.md",
            "**/{wip,todo}_*.md", "**/[abc]x/**", "notes/**/x?z.md", "**/a\\*b.md", "**/_drafts/**", "_*/**");
    private static final List<String> PATHS = List.of("templates/a.md", "s/templates/b.md", "s/Templates/b.md",
            "s/templates.md", "prompts/x/y.md", "drafts/a.md", "drafts/b/a.md", "s/wip_1.md", "todo_2.md", "s/done_3.md",
            "ax/n.md", "s/dx/n.md", "notes/k/xyz.md", "notes/xz.md", "a*b.md", "s/a*b.md", "series/01_intro.md", "s/_drafts/a.md", "_drafts/b.md");

    @Test
    void matchesWhatThePathMatchersMatch() {
        for (String glob : GLOBS) {
            TemplateMatcher matcher = new TemplateMatcher(List.of(glob));
            PathMatcher plain = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            for (String path : PATHS) {
                boolean expected = plain.matches(Path.of(path)) || plain.matches(Path.of("_", path));
                assertEquals(expected, matcher.matches(path), glob + " on " + path);
            }
        }
    }

    @Test
    void aTemplateFolderAtTheRootMatches() {
        TemplateMatcher matcher = new TemplateMatcher(List.of(" **/templates/** ", ""));
        assertTrue(matcher.matches("templates/x.md"));
        assertFalse(matcher.matches("notes/x.md"));
    }

    @Test
    void theLiteralLeavesOutWhatAGlobMayNotMatch() {
        assertEquals("templates", TemplateMatcher.longestLiteral("**/templates/**"));
        assertEquals(".md", TemplateMatcher.longestLiteral("**/{wip,todo}_*.md"));
        assertEquals("x", TemplateMatcher.longestLiteral("[abc]x"));
        assertEquals("", TemplateMatcher.longestLiteral("**/[}abcdef]*")); // a brace inside brackets is one of the set
        assertTrue(new TemplateMatcher(List.of("**/[}abcdef]*")).matches("q/}z.md"));
        assertEquals("", TemplateMatcher.longestLiteral("a\\*b"));
    }
}
