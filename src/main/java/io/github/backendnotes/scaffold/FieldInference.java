package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.YamlValue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The front matter a series' chapters share, beyond what its rubric and the dictionary require: a new chapter also
 * carries the fields more than half of its chapters carry, in the order they first come.
 * A field whose value is each chapter's own number is the chapter number; a list holds the items more than half of
 * the chapters' lists hold, and a list other than the tags that would hold none is left out.
 */
final class FieldInference {

    /** The source of an inferred field, as messages would name it. */
    static final String SOURCE = "chapters";

    private FieldInference() {
    }

    /** @param chapters the chapters' front matter, by path */
    static List<FieldRequirement> fromChapters(Map<String, FrontMatter> chapters) {
        Map<String, Map<String, YamlValue>> byKey = new LinkedHashMap<>();
        chapters.forEach((path, matter) -> matter.fields().values()
                .forEach(f -> byKey.computeIfAbsent(f.key(), k -> new LinkedHashMap<>()).put(path, f.value())));
        List<FieldRequirement> fields = new ArrayList<>();
        byKey.forEach((key, values) -> {
            FieldType type = type(values.values());
            if (values.size() * 2 > chapters.size() && type != null) {
                List<ValueConstraint> constraints = constraints(type, values, chapters.size());
                // a list whose items differ from chapter to chapter would be written empty: it is left to the author
                boolean emptyList = type == FieldType.LIST && !key.equals("tags") && constraints.stream()
                        .allMatch(c -> c instanceof ValueConstraint.RequiredItems items && items.literals().isEmpty());
                if (!emptyList) {
                    fields.add(new FieldRequirement(key, type, constraints, "", "", 0, SOURCE));
                }
            }
        });
        return fields;
    }

    /** The type most values have; null for mappings, which a new chapter is not given. */
    private static FieldType type(java.util.Collection<YamlValue> values) {
        Map<FieldType, Integer> counts = new HashMap<>();
        for (YamlValue value : values) {
            FieldType type = value instanceof YamlValue.Sequence ? FieldType.LIST
                    : value instanceof YamlValue.Scalar scalar ? switch (scalar.kind()) {
                        case TIMESTAMP -> FieldType.DATE;
                        case INTEGER -> FieldType.INT;
                        case BOOLEAN -> FieldType.BOOLEAN;
                        default -> FieldType.STRING;
                    } : null;
            if (type != null) {
                counts.merge(type, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static List<ValueConstraint> constraints(FieldType type, Map<String, YamlValue> values, int chapters) {
        if (type == FieldType.LIST) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (YamlValue value : values.values()) {
                if (value instanceof YamlValue.Sequence list) {
                    Set<String> items = new LinkedHashSet<>();
                    list.items().stream().filter(i -> i instanceof YamlValue.Scalar)
                            .forEach(i -> items.add(((YamlValue.Scalar) i).text()));
                    items.forEach(item -> counts.merge(item, 1, Integer::sum));
                }
            }
            List<String> shared = counts.entrySet().stream().filter(e -> e.getValue() * 2 > chapters)
                    .map(Map.Entry::getKey).toList();
            return List.of(new ValueConstraint.RequiredItems(shared, List.of()));
        }
        int own = 0;
        int width = 0;
        for (Map.Entry<String, YamlValue> value : values.entrySet()) {
            String id = Series.chapterId(value.getKey());
            if (value.getValue() instanceof YamlValue.Scalar scalar && !id.isEmpty() && scalar.text().equals(id)) {
                own++;
                width = id.length();
            }
        }
        return own * 2 > values.size() ? List.of(new ValueConstraint.DigitString(width)) : List.of();
    }
}
