package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

/**
 * Base of the rules that check a note's front-matter fields against the fields its context requires (its
 * rubric's table, completed by the property dictionary). They stay quiet
 * where the note has no readable front matter: {@code frontmatter.missing} or a {@code parse.*} finding
 * already says so.
 */
abstract class FrontMatterRule extends NoteRule {

    FrontMatterRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(Note note, NoteContext context, Findings out) {
        if (note.frontMatter() == null || note.frontMatterUnreadable()) {
            return;
        }
        for (FieldRequirement requirement : context.fields()) {
            FrontMatter.Field field = note.frontMatter().fields().get(requirement.name());
            if (field != null && !FieldValues.isEmpty(field.value())) {
                check(note, context.chapter(), requirement, field, out);
            }
        }
    }

    /** Called for each required field the note carries with a non-empty value; {@code chapter} may be null. */
    abstract void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field,
                        Findings out);
}
