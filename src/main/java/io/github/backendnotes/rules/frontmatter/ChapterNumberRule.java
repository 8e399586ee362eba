package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The chapter-number field is the one the rubric describes as a digit string. */
public final class ChapterNumberRule extends FrontMatterRule {

    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)[_\\-. ]");

    public ChapterNumberRule() {
        super("frontmatter.chapter-number", Severity.ERROR,
                "The chapter number field (the rubric's digit-string field) equals the number the file name starts with.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        if (chapter == null || requirement.constraints(ValueConstraint.DigitString.class).isEmpty()
                || !FieldValues.hasType(requirement, field.value())) {
            return;
        }
        Matcher number = LEADING_NUMBER.matcher(note.fileName());
        if (!number.find()) {
            return;
        }
        // compared as numbers: a badly padded "2" is frontmatter.value-format's finding, not this rule's
        FieldValues.text(field.value())
                .filter(text -> !sameNumber(text, number.group(1)))
                .ifPresent(text -> out.report(this, field.value().line(), field.value().column(), "field '"
                        + requirement.name() + "' is '" + text + "' but the file name starts with '" + number.group(1) + "'"));
    }

    private static boolean sameNumber(String value, String fileNumber) {
        return isDigits(value) && value.length() <= 9 && fileNumber.length() <= 9
                && Integer.parseInt(value) == Integer.parseInt(fileNumber);
    }

    /** One or more ASCII digits, checked without compiling a pattern for every note. */
    private static boolean isDigits(String value) {
        if (value.isEmpty()) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
