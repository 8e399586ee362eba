package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

public final class AllowedValueRule extends FrontMatterRule {

    public AllowedValueRule() {
        super("frontmatter.allowed-value", Severity.ERROR,
                "A field the rubric enumerates (\"`a` / `b`\") has one of those values.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        if (!FieldValues.hasType(requirement, field.value())) {
            return;
        }
        for (ValueConstraint.AllowedValues allowed : requirement.constraints(ValueConstraint.AllowedValues.class)) {
            FieldValues.text(field.value()).filter(text -> !allowed.values().contains(text)).ifPresent(text ->
                    out.report(this, field.value().line(), field.value().column(), "field '" + requirement.name()
                            + "' is '" + text + "', expected one of " + String.join(", ", allowed.values())
                            + " (" + requirement.source() + ": " + requirement.description() + ")"));
        }
    }
}
