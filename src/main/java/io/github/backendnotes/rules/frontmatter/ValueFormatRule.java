package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.ValueForm;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ValueFormatRule extends FrontMatterRule {

    private static final Pattern DIGITS = Pattern.compile(
            "(兩|两|二|三|四|[1-9])\\s*位數?字串?|(two|three|four|[1-9])[- ]digit", Pattern.CASE_INSENSITIVE);

    /** Reads "兩位數字串", "3 位數", "two-digit", "3-digit" anywhere in the description. */
    public static final ValueForm FORM = (description, type, fieldNames, unread) -> {
        Matcher digits = DIGITS.matcher(description);
        return digits.find()
                ? Optional.of(new ValueConstraint.DigitString(digitCount(digits.group(1) != null ? digits.group(1) : digits.group(2))))
                : Optional.empty();
    };

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

    private static int digitCount(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "兩", "两", "二", "two" -> 2;
            case "三", "three" -> 3;
            case "四", "four" -> 4;
            default -> Integer.parseInt(word);
        };
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
