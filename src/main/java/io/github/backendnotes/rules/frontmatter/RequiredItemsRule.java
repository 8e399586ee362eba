package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.YamlValue;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

public final class RequiredItemsRule extends FrontMatterRule {

    public RequiredItemsRule() {
        super("frontmatter.required-tags", Severity.ERROR,
                "A list the rubric says must contain items (\"至少含 `backend`, category, …\") contains them; "
                        + "a named field contributes its value, as written or in kebab form.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        List<ValueConstraint.RequiredItems> requirements = requirement.constraints(ValueConstraint.RequiredItems.class);
        if (requirements.isEmpty() || !(field.value() instanceof YamlValue.Sequence sequence)) {
            return;
        }
        Set<String> present = sequence.items().stream()
                .map(FieldValues::text).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        for (ValueConstraint.RequiredItems required : requirements) {
            List<String> missing = new ArrayList<>();
            for (String literal : required.literals()) {
                if (!present.contains(literal)) {
                    missing.add("'" + literal + "'");
                }
            }
            for (String fieldName : required.fieldValues()) {
                // the value counts as written or in kebab form (category system_design, tag system-design)
                note.frontMatter().text(fieldName).map(String::trim)
                        .filter(value -> !present.contains(value) && !present.contains(kebab(value)))
                        .ifPresent(value -> missing.add("'" + kebab(value) + "' (from " + fieldName + ")"));
            }
            if (!missing.isEmpty()) {
                out.report(this, field.line(), field.column(), "field '" + requirement.name() + "' lacks "
                        + String.join(", ", missing) + " (" + requirement.source() + ": " + requirement.description() + ")");
            }
        }
    }

    /** The form the notes use for a field value as a tag: {@code system_design} → {@code system-design}. */
    static String kebab(String value) {
        return value.trim().replace('_', '-').replace(' ', '-');
    }
}
