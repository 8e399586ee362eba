package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

import java.time.LocalDate;
import java.util.Optional;

public final class DateOrderRule extends NoteRule {

    public DateOrderRule() {
        super("frontmatter.date-order", Severity.ERROR, "A chapter's 'updated' date is not before its 'created' date.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null || note.frontMatter() == null) {
            return;
        }
        FrontMatter frontMatter = note.frontMatter();
        Optional<FrontMatter.Field> updated = frontMatter.field(ReviewDates.UPDATED);
        Optional<LocalDate> created = frontMatter.field(ReviewDates.CREATED).flatMap(f -> FieldValues.date(f.value()));
        Optional<LocalDate> updatedDate = updated.flatMap(f -> FieldValues.date(f.value()));
        if (created.isPresent() && updatedDate.isPresent() && updatedDate.get().isBefore(created.get())) {
            out.report(this, updated.get().line(), updated.get().column(), "field 'updated' (" + updatedDate.get()
                    + ") is before 'created' (" + created.get() + ")");
        }
    }
}
