package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.github.backendnotes.TestVaults.chapter;
import static io.github.backendnotes.TestVaults.note;
import static io.github.backendnotes.TestVaults.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link DateOrderRule} and {@link NextReviewRule}. */
class ReviewDateRulesTest {

    private static final ChapterContext CHAPTER = chapter();

    @Test
    void updatedNotBeforeCreated() {
        assertEquals(List.of(), run(new DateOrderRule(),
                note("s/01_a.md", "---\ncreated: 2026-03-01\nupdated: 2026-03-01\n---\n"), CHAPTER));
        assertEquals(List.of(new Finding("frontmatter.date-order", Severity.ERROR, "s/01_a.md", 3, 1,
                        "field 'updated' (2026-03-01) is before 'created' (2026-03-02)", "s")),
                run(new DateOrderRule(), note("s/01_a.md", "---\ncreated: 2026-03-02\nupdated: 2026-03-01\n---\n"), CHAPTER));
    }

    @Test
    void dateOrderIgnoresInvalidDates() {
        assertEquals(List.of(), run(new DateOrderRule(),
                note("s/01_a.md", "---\ncreated: 2026-03-02\nupdated: 2026-02-30\n---\n"), CHAPTER));
    }

    @Test
    void nextReviewIsUpdatedPlusInterval() {
        assertEquals(List.of(), run(new NextReviewRule(), note("s/01_a.md", """
                ---
                updated: 2026-01-25
                review_interval_days: 14
                next_review: 2026-02-08
                ---
                """), CHAPTER));
        assertEquals(List.of(new Finding("frontmatter.next-review", Severity.WARNING, "s/01_a.md", 4, 1,
                        "field 'next_review' is 2026-01-20, expected 2026-01-15 ('updated' 2026-01-01 + 14 days)", "s")),
                run(new NextReviewRule(), note("s/01_a.md", """
                        ---
                        updated: 2026-01-01
                        review_interval_days: 14
                        next_review: 2026-01-20
                        ---
                        """), CHAPTER));
    }

    @Test
    void nextReviewNeedsAnIntegerInterval() {
        assertEquals(List.of(), run(new NextReviewRule(), note("s/01_a.md", """
                ---
                updated: 2026-01-01
                review_interval_days: "14"
                next_review: 2026-01-20
                ---
                """), CHAPTER));
    }
}
