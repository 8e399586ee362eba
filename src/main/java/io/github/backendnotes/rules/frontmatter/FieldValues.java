package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.YamlValue;

import java.time.LocalDate;
import java.util.Optional;

/** Shared reading of front-matter values, so that every rule judges a value the same way. */
final class FieldValues {


    private FieldValues() {
    }

    /** Null, an empty string or an empty list: present but carrying nothing. */
    static boolean isEmpty(YamlValue value) {
        if (value instanceof YamlValue.Scalar scalar) {
            return scalar.isNull() || scalar.text().isBlank();
        }
        return value instanceof YamlValue.Sequence sequence && sequence.items().isEmpty();
    }

    /** Whether the value has the field's type; an unknown type accepts anything. */
    static boolean hasType(FieldRequirement requirement, YamlValue value) {
        FieldType type = requirement.type();
        if (type == null) {
            return true;
        }
        return switch (type) {
            case STRING -> value instanceof YamlValue.Scalar s && s.kind() == YamlValue.ScalarKind.STRING;
            case LIST -> value instanceof YamlValue.Sequence;
            case DATE -> date(value).isPresent();
            case INT -> value instanceof YamlValue.Scalar s && s.kind() == YamlValue.ScalarKind.INTEGER;
            case BOOLEAN -> value instanceof YamlValue.Scalar s && s.kind() == YamlValue.ScalarKind.BOOLEAN;
        };
    }

    /** A YYYY-MM-DD calendar date, written plain or quoted. */
    static Optional<LocalDate> date(YamlValue value) {
        if (value instanceof YamlValue.Scalar scalar && isIsoDate(scalar.text())) {
            String text = scalar.text();
            try {
                // digits already checked by isIsoDate; LocalDate.of refuses dates the calendar lacks
                return Optional.of(LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                        Integer.parseInt(text, 8, 10, 10)));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Four, two and two ASCII digits joined by hyphens. */
    private static boolean isIsoDate(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The text of a plain string-like scalar, for comparing with rubric values. */
    static Optional<String> text(YamlValue value) {
        if (value instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
            return Optional.of(scalar.text());
        }
        return Optional.empty();
    }

    /** How the rubric row reads in a message. */
    static String rubricHint(FieldRequirement requirement) {
        if (!requirement.description().isBlank()) {
            return requirement.description();
        }
        return requirement.type() == null ? "required" : requirement.type().expectation();
    }
}
