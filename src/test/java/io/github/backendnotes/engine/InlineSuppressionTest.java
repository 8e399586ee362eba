package io.github.backendnotes.engine;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Inline comments and the front-matter key, applied by the engine to per-file and cross-file findings. */
class InlineSuppressionTest {

    @TempDir
    Path root;

    @BeforeEach
    void vault() {
        write(root, "notes/target.md", "# Target\n\n## Real\n");
    }

    private List<String> findingsOf(String file) throws IOException {
        return full(verify(root).findings().stream().filter(f -> f.file().equals(file)).toList());
    }

    @Test
    void nextLineSuppressesTheNextLineOnly() throws IOException {
        write(root, "notes/a.md", """
                # A

                <!-- backend-notes-disable-next-line links.broken -->
                [one](gone1.md)
                [two](gone2.md)

                <!-- backend-notes-disable-next-line links.broken -->

                [three](gone3.md)
                """);
        assertEquals(List.of(
                "notes/a.md:4:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md') (suppressed)",
                "notes/a.md:5:1: error [links.broken] link 'gone2.md' does not exist (resolved to 'notes/gone2.md')",
                "notes/a.md:9:1: error [links.broken] link 'gone3.md' does not exist (resolved to 'notes/gone3.md')"),
                findingsOf("notes/a.md"));
    }

    @Test
    void disableEnableRangeByRuleId() throws IOException {
        write(root, "notes/a.md", """
                # A

                [before](gone1.md)

                <!-- backend-notes-disable links.broken -->
                [inside](gone2.md) and [anchor](target.md#nope)
                <!-- backend-notes-enable links.broken -->

                [after](gone3.md)
                """);
        assertEquals(List.of(
                "notes/a.md:3:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md')",
                "notes/a.md:6:1: error [links.broken] link 'gone2.md' does not exist (resolved to 'notes/gone2.md') (suppressed)",
                "notes/a.md:6:24: error [links.broken-anchor] link 'target.md#nope': no heading '#nope' in 'notes/target.md'",
                "notes/a.md:9:1: error [links.broken] link 'gone3.md' does not exist (resolved to 'notes/gone3.md')"),
                findingsOf("notes/a.md"));
    }

    @Test
    void disableEnableRangeByCategory() throws IOException {
        write(root, "notes/a.md", """
                # A

                <!-- backend-notes-disable links -->
                [inside](gone1.md) and [anchor](target.md#nope)

                <!-- backend-notes-enable links -->
                [after](gone2.md) and [anchor](target.md#nope)
                """);
        assertEquals(List.of(
                "notes/a.md:4:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md') (suppressed)",
                "notes/a.md:4:24: error [links.broken-anchor] link 'target.md#nope': no heading '#nope' in 'notes/target.md' (suppressed)",
                "notes/a.md:7:1: error [links.broken] link 'gone2.md' does not exist (resolved to 'notes/gone2.md')",
                "notes/a.md:7:23: error [links.broken-anchor] link 'target.md#nope': no heading '#nope' in 'notes/target.md'"),
                findingsOf("notes/a.md"));
    }

    @Test
    void disableWithoutIdsCoversEveryRuleAndEnableWithoutIdsEndsIt() throws IOException {
        lessonSeries();
        write(root, "lessons/01_first.md", """
                # First

                <!-- backend-notes-disable -->
                ## Steps

                - one
                [gone](gone.md)
                <!-- backend-notes-enable -->

                [later](later.md)
                """);
        assertEquals(List.of(
                "lessons/01_first.md:4:1: error [section.item-count] section 'Steps' has 1 item; rubric: 至少 2 條 (suppressed)",
                "lessons/01_first.md:4:1: error [structure.missing-heading] missing heading 'Goal' (Lesson: expected first, before 'Steps') (suppressed)",
                "lessons/01_first.md:7:1: error [links.broken] link 'gone.md' does not exist (resolved to 'lessons/gone.md') (suppressed)",
                "lessons/01_first.md:10:1: error [links.broken] link 'later.md' does not exist (resolved to 'lessons/later.md')"),
                findingsOf("lessons/01_first.md"));
    }

    @Test
    void rangeByCategoryLeavesOtherCategories() throws IOException {
        lessonSeries();
        write(root, "lessons/01_first.md", """
                # First

                <!-- backend-notes-disable section, links.broken -->
                ## Steps

                - one
                [gone](gone.md)
                """);
        assertEquals(List.of(
                "lessons/01_first.md:4:1: error [section.item-count] section 'Steps' has 1 item; rubric: 至少 2 條 (suppressed)",
                "lessons/01_first.md:4:1: error [structure.missing-heading] missing heading 'Goal' (Lesson: expected first, before 'Steps')",
                "lessons/01_first.md:7:1: error [links.broken] link 'gone.md' does not exist (resolved to 'lessons/gone.md') (suppressed)"),
                findingsOf("lessons/01_first.md"));
    }

    @Test
    void frontMatterKeyAsAList() throws IOException {
        write(root, "notes/a.md", """
                ---
                backend-notes-disable: [links.broken]
                ---
                # A

                [gone](gone.md) and [anchor](target.md#nope)
                """);
        assertEquals(List.of(
                "notes/a.md:6:1: error [links.broken] link 'gone.md' does not exist (resolved to 'notes/gone.md') (suppressed)",
                "notes/a.md:6:21: error [links.broken-anchor] link 'target.md#nope': no heading '#nope' in 'notes/target.md'"),
                findingsOf("notes/a.md"));
    }

    @Test
    void frontMatterKeyAsASingleCategory() throws IOException {
        write(root, "notes/a.md", """
                ---
                backend-notes-disable: links
                ---
                # A

                [gone](gone.md) and [anchor](target.md#nope)
                """);
        assertEquals(List.of(
                "notes/a.md:6:1: error [links.broken] link 'gone.md' does not exist (resolved to 'notes/gone.md') (suppressed)",
                "notes/a.md:6:21: error [links.broken-anchor] link 'target.md#nope': no heading '#nope' in 'notes/target.md' (suppressed)"),
                findingsOf("notes/a.md"));
    }

    @Test
    void commentsInsideCodeDoNotSuppress() throws IOException {
        write(root, "notes/a.md", """
                # A

                ```html
                <!-- backend-notes-disable -->
                ```
                [one](gone1.md)

                Write `<!-- backend-notes-disable-next-line -->` above the line:
                [two](gone2.md)

                    <!-- backend-notes-disable-next-line -->
                [three](gone3.md)
                """);
        assertEquals(List.of(
                "notes/a.md:6:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md')",
                "notes/a.md:9:1: error [links.broken] link 'gone2.md' does not exist (resolved to 'notes/gone2.md')",
                "notes/a.md:12:1: error [links.broken] link 'gone3.md' does not exist (resolved to 'notes/gone3.md')"),
                findingsOf("notes/a.md"));
    }

    @Test
    void suppressionInOneFileDoesNotReachAnother() throws IOException {
        write(root, "notes/a.md", "---\nbackend-notes-disable: links\n---\n# A\n\n[gone](gone.md)\n");
        write(root, "notes/b.md", "# B\n\n[gone](gone.md)\n");
        assertEquals(List.of("notes/b.md:3:1: error [links.broken] link 'gone.md' does not exist (resolved to 'notes/gone.md')"),
                findingsOf("notes/b.md"));
    }

    @Test
    void suppressedFindingsStayAndCountApart() throws IOException {
        write(root, "notes/a.md", """
                # A

                <!-- backend-notes-disable-next-line -->
                [one](gone1.md)
                [two](gone2.md)
                """);
        var result = verify(root);
        assertEquals(2, result.findings().size());
        assertEquals(List.of(true, false), result.findings().stream().map(Finding::suppressed).toList());
        assertEquals(1, result.count(Severity.ERROR));
        assertEquals(1, result.suppressed());
        assertEquals(1, result.violations(Severity.ERROR));
    }

    /** A series whose prose rubric the configuration completes: kind Lesson, headings Goal then Steps. */
    private void lessonSeries() {
        write(root, "lessons/README.md", "# Lessons\n");
        write(root, "lessons/quality_rubric.md", "# Lesson rubric\n\nProse only.\n");
        write(root, ".backend-notes.yml", """
                series:
                  lessons:
                    kinds:
                      - name: Lesson
                        headings: [Goal, Steps]
                        sections:
                          Steps: ["至少 2 條"]
                """);
    }
}
