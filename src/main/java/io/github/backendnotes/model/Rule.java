package io.github.backendnotes.model;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A check with a stable id {@code category.name}, a default severity and a one-line description. */
public abstract class Rule {

    private static final Pattern NAME = Pattern.compile("[a-z0-9-]+");

    private final String id;
    private final Category category;
    private final Severity defaultSeverity;
    private final String description;

    protected Rule(String id, Severity defaultSeverity, String description) {
        int dot = id.indexOf('.');
        Optional<Category> category = dot < 0 ? Optional.empty() : Category.of(id.substring(0, dot));
        if (category.isEmpty() || !NAME.matcher(id.substring(dot + 1)).matches()) {
            throw new IllegalArgumentException("rule id must be category.name: " + id);
        }
        this.id = id;
        this.category = category.get();
        this.defaultSeverity = Objects.requireNonNull(defaultSeverity);
        this.description = Objects.requireNonNull(description);
    }

    public final String id() {
        return id;
    }

    public final Category category() {
        return category;
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
