package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.ChapterContext;
import io.github.backendnotes.rules.FindingSink;
import io.github.backendnotes.rules.NoteRule;

/**
 * Base of the rules that check a chapter's front-matter fields against its rubric's table. They stay quiet
 * where the note has no readable front matter: {@code frontmatter.missing} or a {@code parse.*} finding
 * already says so.
 */
abstract class FrontMatterRule extends NoteRule {

    FrontMatterRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(Note note, ChapterContext chapter, FindingSink out) {
        if (chapter == null || note.frontMatter() == null || note.frontMatterUnreadable()) {
            return;
        }
        for (FieldRequirement requirement : chapter.rubric().fields()) {
            FrontMatter.Field field = note.frontMatter().fields().get(requirement.name());
            if (field != null && !FieldValues.isEmpty(field.value())) {
                check(note, chapter, requirement, field, out);
            }
        }
    }

    /** Called for each rubric field the note carries with a non-empty value. */
    abstract void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field,
                        FindingSink out);
}
