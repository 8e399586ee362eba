package io.github.backendnotes.model;

import java.util.List;

/**
 * One row of a rubric's front-matter table.
 *
 * @param type        {@code null} when the rubric names a type the tool does not know
 * @param constraints what the description column requires, as far as it could be read
 * @param rubricText  the row as written, quoted in messages
 * @param source      where the row comes from, as messages name it: "rubric" or "dictionary"
 */
public record FieldRequirement(String name, FieldType type, List<ValueConstraint> constraints,
                               String description, String rubricText, int line, String source) {

    public static final String RUBRIC = "rubric";
    public static final String DICTIONARY = "dictionary";

    public FieldRequirement {
        constraints = List.copyOf(constraints);
    }

    /** A row of a series rubric. */
    public FieldRequirement(String name, FieldType type, List<ValueConstraint> constraints, String description,
                            String rubricText, int line) {
        this(name, type, constraints, description, rubricText, line, RUBRIC);
    }

    public <T extends ValueConstraint> List<T> constraints(Class<T> kind) {
        List<T> matching = null;
        for (ValueConstraint constraint : constraints) {
            if (kind.isInstance(constraint)) {
                if (matching == null) {
                    matching = new java.util.ArrayList<>(1);
                }
                matching.add(kind.cast(constraint));
            }
        }
        return matching == null ? List.of() : matching;
    }
}
