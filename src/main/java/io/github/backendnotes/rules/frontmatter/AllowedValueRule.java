package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.ValueForm;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class AllowedValueRule extends FrontMatterRule {

    private static final Pattern ENUMERATION = Pattern.compile(
            "^`[^`]+`(?:\\s*(?:/|\\||,|，|、|or|或)\\s*`[^`]+`)+\\s*[。.]?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** Reads "`a` / `b`", "`a` or `b`", "`a`、`b`": nothing but backticked values and separators. */
    public static final ValueForm FORM = (description, type, fieldNames, unread) -> {
        if (!ENUMERATION.matcher(description).matches()) {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        Matcher value = BACKTICKED.matcher(description);
        while (value.find()) {
            values.add(value.group(1));
        }
        return Optional.of(new ValueConstraint.AllowedValues(values));
    };

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
