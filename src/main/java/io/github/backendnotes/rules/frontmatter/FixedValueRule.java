package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.ValueForm;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class FixedValueRule extends FrontMatterRule {

    private static final Pattern FIXED = Pattern.compile(
            "^(?:固定為|固定为|固定|fixed(?:\\s+(?:to|as))?|always|must be)\\s*[:：]?\\s*`([^`]+)`\\s*[。.]?$",
            Pattern.CASE_INSENSITIVE);

    /** Reads "固定為 `x`", "fixed to `x`", "always `x`". */
    public static final ValueForm FORM = (description, type, fieldNames, unread) -> {
        Matcher fixed = FIXED.matcher(description);
        return fixed.matches() ? Optional.of(new ValueConstraint.FixedValue(fixed.group(1))) : Optional.empty();
    };

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
