package io.github.backendnotes.model;

import java.util.List;

/** A requirement on a field's value read from a rubric's description column. */
public sealed interface ValueConstraint {

    /** "固定為 `knowledge`": the value must be exactly this. */
    record FixedValue(String value) implements ValueConstraint {
    }

    /** "`active` / `draft`": the value must be one of these. */
    record AllowedValues(List<String> values) implements ValueConstraint {
        public AllowedValues {
            values = List.copyOf(values);
        }
    }

    /** "兩位數字串": a string of exactly this many digits. */
    record DigitString(int digits) implements ValueConstraint {
    }

    /**
     * "至少含 `backend`, category, …": the list holds these literal items and, for each named field,
     * that field's value in kebab form ({@code system_design} → {@code system-design}); with {@code fileTopic}
     * ("topic kebab name"), a kebab-case item naming the topic of the note's file name.
     */
    record RequiredItems(List<String> literals, List<String> fieldValues, boolean fileTopic) implements ValueConstraint {
        public RequiredItems {
            literals = List.copyOf(literals);
            fieldValues = List.copyOf(fieldValues);
        }

        public RequiredItems(List<String> literals, List<String> fieldValues) {
            this(literals, fieldValues, false);
        }
    }

    /**
     * "英文名 / 中文名": the value is two names joined by {@code separator}, the first in Latin letters, the second
     * with Chinese characters.
     */
    record NamePair(String separator) implements ValueConstraint {
    }
}
