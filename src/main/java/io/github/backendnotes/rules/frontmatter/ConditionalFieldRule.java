package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.ConditionalRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

public final class ConditionalFieldRule extends NoteRule {

    public ConditionalFieldRule() {
        super("frontmatter.conditional-field", Severity.ERROR,
                "A field the property dictionary requires under a condition (\"`note_type` in (`daily`, `briefing`)\") "
                        + "is present when the condition holds.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        FrontMatter frontMatter = note.frontMatter();
        if (frontMatter == null || note.frontMatterUnreadable()) {
            return;
        }
        for (ConditionalRequirement requirement : context.conditionals()) {
            if (!requirement.applies(frontMatter)) {
                continue;
            }
            FrontMatter.Field field = frontMatter.fields().get(requirement.field());
            if (field == null || FieldValues.isEmpty(field.value())) {
                out.report(this, field == null ? frontMatter.startLine() : field.line(), 1, "field '"
                        + requirement.field() + "' is " + (field == null ? "missing" : "empty")
                        + " (dictionary: required when " + requirement.whenText() + ")");
            }
        }
    }
}
