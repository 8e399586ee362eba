package io.github.backendnotes.model;

import java.util.Optional;

/**
 * One form of rubric phrase a section check reads ("至少 N 條", "1-2 句話", "編號列表", …). The rubric and
 * configuration parsers know no phrase themselves: they are given the forms, in the order they are tried, and
 * ask each in turn which reads a clause.
 */
@FunctionalInterface
public interface ClauseForm {

    /**
     * The check the text asks for in this form, or empty when the text is not in this form. A clause form gets
     * one clause without its parenthesised illustration; a whole-line form gets the whole rubric line, and then
     * each of its clauses to tell the clause it read from the others.
     */
    Optional<SectionRequirement.Check> read(String text);

    /**
     * Whether the form reads the whole rubric line: its key token may sit anywhere, even in a parenthesis
     * ("預期輸出（`// Output:` 區塊）"). Whole-line forms are tried before any clause is read.
     */
    default boolean readsWholeLine() {
        return false;
    }

    /** A whole-line form reading with {@code read}. */
    static ClauseForm wholeLine(ClauseForm read) {
        return new ClauseForm() {
            @Override
            public Optional<SectionRequirement.Check> read(String text) {
                return read.read(text);
            }

            @Override
            public boolean readsWholeLine() {
                return true;
            }
        };
    }
}
