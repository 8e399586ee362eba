package io.github.backendnotes.model;

import java.util.Locale;
import java.util.Optional;

/** The first part of a rule id: what a rule is about. */
public enum Category {
    PARSE, FRONTMATTER, STRUCTURE, SECTION, CODE, INDEX, COVERAGE, RUBRIC, LINKS, NAMING, CONFIG;

    /** The name used in rule ids and in the configuration ({@code frontmatter}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The category of this label, if it is one. */
    public static Optional<Category> of(String label) {
        for (Category category : values()) {
            if (category.label().equals(label)) {
                return Optional.of(category);
            }
        }
        return Optional.empty();
    }
}
