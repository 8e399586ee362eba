package io.github.backendnotes.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A front-matter value as written, before any interpretation: scalars keep their text and
 * the YAML type they resolve to, so a rule can tell {@code "01"} from {@code 01}.
 */
public sealed interface YamlValue {

    /** 1-based line in the note. */
    int line();

    /** 1-based column in the note. */
    int column();

    /** A short human description of the value, used in messages. */
    String describe();

    /** The YAML type a scalar resolves to (YAML 1.1 core schema, as SnakeYAML resolves). */
    enum ScalarKind {
        STRING("string"), INTEGER("integer"), FLOAT("number"), BOOLEAN("boolean"),
        NULL("empty value"), TIMESTAMP("date/time");

        private final String label;

        ScalarKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    record Scalar(String text, ScalarKind kind, boolean quoted, int line, int column) implements YamlValue {
        public boolean isNull() {
            return kind == ScalarKind.NULL;
        }

        @Override
        public String describe() {
            return kind == ScalarKind.NULL ? "an empty value" : kind.label() + " '" + text + "'";
        }
    }

    record Sequence(List<YamlValue> items, int line, int column) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "list [" + items.stream().map(v -> v instanceof Scalar s ? s.text() : "…")
                    .collect(Collectors.joining(", ")) + "]";
        }
    }

    record Mapping(List<FrontMatter.Field> entries, int line, int column) implements YamlValue {
        public Mapping {
            entries = List.copyOf(entries);
        }

        @Override
        public String describe() {
            return "mapping";
        }
    }
}
