package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

public final class FixedValueRule extends FrontMatterRule {

    public FixedValueRule() {
        super("frontmatter.fixed-value", Severity.ERROR,
                "A field the rubric fixes (\"固定為 `x`\") has exactly that value.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        if (!FieldValues.hasType(requirement, field.value())) {
            return;
        }
        for (ValueConstraint.FixedValue fixed : requirement.constraints(ValueConstraint.FixedValue.class)) {
            FieldValues.text(field.value()).filter(text -> !text.equals(fixed.value())).ifPresent(text ->
                    out.report(this, field.value().line(), field.value().column(), "field '" + requirement.name()
                            + "' is '" + text + "', expected '" + fixed.value() + "' (" + requirement.source() + ": "
                            + requirement.description() + ")"));
        }
    }
}
