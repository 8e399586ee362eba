package io.github.backendnotes.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The YAML block at the top of a note.
 *
 * @param fields    top-level keys in document order; a duplicated key keeps its first occurrence
 * @param startLine line of the opening {@code ---}
 * @param endLine   line of the closing {@code ---}
 */
public record FrontMatter(Map<String, Field> fields, int startLine, int endLine) {

    /** One {@code key: value} entry with the position of its key. */
    public record Field(String key, int line, int column, YamlValue value) {
    }

    public FrontMatter {
        fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    public static FrontMatter of(List<Field> entries, int startLine, int endLine) {
        Map<String, Field> map = new LinkedHashMap<>();
        for (Field field : entries) {
            map.putIfAbsent(field.key(), field);
        }
        return new FrontMatter(map, startLine, endLine);
    }

    public Optional<Field> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** The text of a scalar field, if the field exists and is a non-null scalar. */
    public Optional<String> text(String key) {
        Field field = fields.get(key);
        if (field != null && field.value() instanceof YamlValue.Scalar s && !s.isNull()) {
            return Optional.of(s.text());
        }
        return Optional.empty();
    }
}
