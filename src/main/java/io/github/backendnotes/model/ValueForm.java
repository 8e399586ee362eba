package io.github.backendnotes.model;

import java.util.List;
import java.util.Optional;

/**
 * One form of phrase in the description column of a rubric's front-matter table ("固定為 `x`", "`a` / `b`",
 * "兩位數字串", "至少含 …"). The rubric parser knows no phrase itself: it is given the forms, in the order they
 * are tried, and the first that reads a description makes its constraint.
 */
@FunctionalInterface
public interface ValueForm {

    /**
     * The constraint the description states in this form, or empty when it is not in this form.
     *
     * @param type       the field's type, null when the rubric gives none
     * @param fieldNames the names of every field of the table, which a description may refer to
     * @param unread     where the form lists the parts of a description it reads but cannot use
     */
    Optional<ValueConstraint> read(String description, FieldType type, List<String> fieldNames, List<String> unread);
}
