package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

public final class ValueFormatRule extends FrontMatterRule {

    public ValueFormatRule() {
        super("frontmatter.value-format", Severity.ERROR,
                "A field the rubric describes as a digit string (\"兩位數字串\") has exactly that many digits.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        if (!FieldValues.hasType(requirement, field.value())) {
            return;
        }
        for (ValueConstraint.DigitString digits : requirement.constraints(ValueConstraint.DigitString.class)) {
            FieldValues.text(field.value()).filter(text -> !isDigits(text, digits.digits())).ifPresent(text ->
                    out.report(this, field.value().line(), field.value().column(), "field '" + requirement.name()
                            + "' is '" + text + "', expected a " + digits.digits() + "-digit string such as \""
                            + "0".repeat(digits.digits() - 1) + "1\" (" + requirement.source() + ": " + requirement.description() + ")"));
        }
    }

    /** Exactly {@code count} ASCII digits (what {@code \d} matches). */
    private static boolean isDigits(String text, int count) {
        if (text.length() != count) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
