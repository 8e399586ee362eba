package io.github.backendnotes.rules;

import io.github.backendnotes.model.Severity;

import java.util.Objects;
import java.util.regex.Pattern;

/** A check with a stable id {@code category.name}, a default severity and a one-line description. */
public abstract class Rule {

    private static final Pattern ID = Pattern.compile(
            "(parse|frontmatter|structure|section|code|index|coverage|rubric|links|naming|config)\\.[a-z0-9-]+");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    protected Rule(String id, Severity defaultSeverity, String description) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be category.name: " + id);
        }
        this.id = id;
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
        this.description = Objects.requireNonNull(description);
    }

    public final String id() {
        return id;
    }

    public final String category() {
        return id.substring(0, id.indexOf('.'));
    }

    public final Severity defaultSeverity() {
        return defaultSeverity;
    }

    public final String description() {
        return description;
    }

    @Override
    public String toString() {
        return id;
    }
}
