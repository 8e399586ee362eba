package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

public final class RequiredFieldRule extends NoteRule {

    public RequiredFieldRule() {
        super("frontmatter.required-field", Severity.ERROR,
                "Every field of the rubric's front-matter table (and of the property dictionary) is present and not empty.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        FrontMatter frontMatter = note.frontMatter();
        if (frontMatter == null || note.frontMatterUnreadable()) {
            return;
        }
        for (FieldRequirement requirement : context.fields()) {
            FrontMatter.Field field = frontMatter.fields().get(requirement.name());
            if (field == null) {
                out.report(this, frontMatter.startLine(), 1, "field '" + requirement.name() + "' is missing" + hint(requirement));
            } else if (FieldValues.isEmpty(field.value())) {
                out.report(this, field.line(), field.column(), "field '" + requirement.name() + "' is empty" + hint(requirement));
            }
        }
    }

    private static String hint(FieldRequirement requirement) {
        return " (" + requirement.source() + ": " + FieldValues.rubricHint(requirement) + ")";
    }
}
