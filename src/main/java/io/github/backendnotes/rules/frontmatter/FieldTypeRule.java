package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.YamlValue;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

public final class FieldTypeRule extends FrontMatterRule {

    public FieldTypeRule() {
        super("frontmatter.field-type", Severity.ERROR,
                "A field has the type its rubric row names: string, list, date (a real YYYY-MM-DD date) or int.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        if (FieldValues.hasType(requirement, field.value())) {
            return;
        }
        YamlValue value = field.value();
        String message = "field '" + requirement.name() + "' must be " + requirement.type().expectation()
                + ", found " + value.describe();
        if (requirement.type() == FieldType.STRING && value instanceof YamlValue.Scalar scalar && !scalar.quoted()) {
            message += " (quote it: \"" + scalar.text() + "\")";
        } else if (requirement.type() == FieldType.DATE && value instanceof YamlValue.Scalar scalar
                && scalar.text().matches("\\d{4}-\\d{2}-\\d{2}")) {
            message = "field '" + requirement.name() + "' is '" + scalar.text() + "', which is not a calendar date";
        }
        out.report(this, value.line(), value.column(), message);
    }
}
