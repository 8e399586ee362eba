package io.github.backendnotes.model;

import java.util.List;
import java.util.Set;

/**
 * A field the property dictionary requires only when other fields have given values:
 * "`note_type=knowledge` and `domain` in (`algorithm`, `leetcode`)".
 *
 * @param conditions all must hold
 * @param whenText   the condition as written, quoted in messages
 */
public record ConditionalRequirement(String field, List<Condition> conditions, String whenText, int line) {

    public ConditionalRequirement {
        conditions = List.copyOf(conditions);
    }

    /** The field's value is one of {@code values}. */
    public record Condition(String field, Set<String> values) {
        public Condition {
            values = Ordered.set(values);
        }
    }

    public boolean applies(FrontMatter frontMatter) {
        return conditions.stream().allMatch(c -> frontMatter.text(c.field()).map(v -> c.values().contains(v.trim())).orElse(false));
    }
}
