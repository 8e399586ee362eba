package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.YamlValue;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

import java.time.LocalDate;
import java.util.Optional;

public final class NextReviewRule extends NoteRule {

    public NextReviewRule() {
        super("frontmatter.next-review", Severity.WARNING,
                "A chapter's 'next_review' equals 'updated' plus 'review_interval_days'.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null || note.frontMatter() == null) {
            return;
        }
        FrontMatter frontMatter = note.frontMatter();
        Optional<FrontMatter.Field> nextReview = frontMatter.field(ReviewDates.NEXT_REVIEW);
        Optional<LocalDate> next = nextReview.flatMap(f -> FieldValues.date(f.value()));
        Optional<LocalDate> updated = frontMatter.field(ReviewDates.UPDATED).flatMap(f -> FieldValues.date(f.value()));
        Optional<Long> interval = frontMatter.field(ReviewDates.INTERVAL).map(FrontMatter.Field::value)
                .filter(v -> v instanceof YamlValue.Scalar s && s.kind() == YamlValue.ScalarKind.INTEGER)
                .flatMap(v -> parseDays(((YamlValue.Scalar) v).text()));
        if (next.isEmpty() || updated.isEmpty() || interval.isEmpty()) {
            return;
        }
        LocalDate expected = updated.get().plusDays(interval.get());
        if (!expected.equals(next.get())) {
            out.report(this, nextReview.get().line(), nextReview.get().column(), "field 'next_review' is "
                    + next.get() + ", expected " + expected + " ('updated' " + updated.get() + " + "
                    + interval.get() + " days)");
        }
    }

    private static Optional<Long> parseDays(String text) {
        try {
            long days = Long.parseLong(text.replace("_", ""));
            return days >= 0 && days < 100_000 ? Optional.of(days) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
