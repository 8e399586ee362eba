package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.rules.RuleCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every note rule stays quiet on a note that is no chapter of a series, however wrong its front matter. */
class NotAChapterTest {

    private static final Note BAD = note("loose/03_x.md", """
            ---
            chapter: 01
            created: 2026-02-30
            updated: 2020-01-01
            review_interval_days: 3
            next_review: 1999-01-01
            tags: x
            ---
            """);

    static Stream<NoteRule> rules() {
        return RuleCatalog.noteRules().stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void noFindingsWithoutChapter(NoteRule rule) {
        assertEquals(List.of(), run(rule, BAD, null));
        assertEquals(List.of(), run(rule, note("loose/x.md", "# no front matter\n"), null));
    }
}
