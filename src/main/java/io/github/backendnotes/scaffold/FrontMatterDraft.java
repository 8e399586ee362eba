package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.ValueConstraint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The front matter of a new chapter: every field its rubric and the dictionary require, in their order, each filled
 * with the value that passes its check. A value the request names wins; then the title, a fixed value, the chapter
 * number, the category, today's date ({@code next_review} today plus the review interval), the required tag items;
 * for an enumerated field {@code draft} when allowed (the chapter is one), else the value most of the series'
 * chapters have; for any other field the value most of them have.
 */
final class FrontMatterDraft {

    static final String NEXT_REVIEW = "next_review";
    static final String INTERVAL = "review_interval_days";
    static final String DRAFT = "draft";
    /** The review interval when no chapter of the series has one to follow. */
    static final int DEFAULT_INTERVAL = 7;

    private final ChapterPlan plan;
    private final List<FrontMatter> siblings;
    private final Map<String, String> overrides;
    private final LocalDate today;
    private final Consumer<String> said;

    FrontMatterDraft(ChapterPlan plan, List<FrontMatter> siblings, Map<String, String> overrides, LocalDate today,
                     Consumer<String> said) {
        this.plan = plan;
        this.siblings = List.copyOf(siblings);
        this.overrides = overrides;
        this.today = today;
        this.said = said;
    }

    /** The allowed values of a field whose values are all folders of the series: its categories. */
    static Optional<List<String>> categoryValues(Series series) {
        for (FieldRequirement field : series.rubric().fields()) {
            for (ValueConstraint.AllowedValues allowed : field.constraints(ValueConstraint.AllowedValues.class)) {
                if (!allowed.values().isEmpty() && series.folders().containsAll(allowed.values())) {
                    return Optional.of(allowed.values());
                }
            }
        }
        return Optional.empty();
    }

    /** The YAML lines between and including the two {@code ---}. */
    List<String> lines(List<FieldRequirement> fields) {
        Map<String, String> scalars = new LinkedHashMap<>();
        // scalars first: a list may name another field's value, and next_review the interval
        for (FieldRequirement field : fields) {
            if (field.type() != FieldType.LIST) {
                scalars.put(field.name(), scalar(field));
            }
        }
        if (scalars.containsKey(NEXT_REVIEW) && !overrides.containsKey(NEXT_REVIEW)) {
            scalars.put(NEXT_REVIEW, today.plusDays(interval(scalars.get(INTERVAL))).toString());
        }
        List<String> lines = new ArrayList<>();
        lines.add("---");
        for (FieldRequirement field : fields) {
            String value = field.type() == FieldType.LIST ? list(field, scalars) : yaml(field, scalars.get(field.name()));
            lines.add(field.name() + ": " + value);
        }
        lines.add("---");
        return lines;
    }

    private static long interval(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String scalar(FieldRequirement field) {
        String name = field.name();
        if (overrides.containsKey(name)) {
            return overrides.get(name);
        }
        List<ValueConstraint.FixedValue> fixed = field.constraints(ValueConstraint.FixedValue.class);
        if (!fixed.isEmpty()) {
            return fixed.get(0).value();
        }
        if (name.equals("title")) {
            return plan.title();
        }
        if (!field.constraints(ValueConstraint.DigitString.class).isEmpty()) {
            return plan.number();
        }
        if (field.type() == FieldType.DATE) {
            return today.toString();
        }
        List<ValueConstraint.AllowedValues> allowed = field.constraints(ValueConstraint.AllowedValues.class);
        if (!allowed.isEmpty()) {
            return enumerated(name, allowed.get(0).values());
        }
        return usual(name).orElseGet(() -> fallback(field));
    }

    private String enumerated(String name, List<String> values) {
        if (!plan.folder().isEmpty() && plan.series().folders().containsAll(values)) {
            return plan.folder();
        }
        if (values.contains(DRAFT)) {
            return DRAFT;
        }
        return usual(name).filter(values::contains).orElse(values.get(0));
    }

    /** A field no chapter of the series fills: said on the console, since the author may want another value. */
    private String fallback(FieldRequirement field) {
        String value = switch (field.type() == null ? FieldType.STRING : field.type()) {
            case INT -> field.name().equals(INTERVAL) ? String.valueOf(DEFAULT_INTERVAL) : "0";
            case BOOLEAN -> "false";
            default -> plan.series().name();
        };
        said.accept("front matter: " + field.name() + " = " + value + ", as no chapter of the series has one"
                + " (-Dfields=" + field.name() + "=… to choose)");
        return value;
    }

    /** The value most of the series' chapters give the field, the first met on a tie. */
    private Optional<String> usual(String name) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (FrontMatter matter : siblings) {
            matter.text(name).filter(text -> !text.isBlank()).ifPresent(text -> counts.merge(text, 1, Integer::sum));
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private String list(FieldRequirement field, Map<String, String> scalars) {
        Set<String> items = new LinkedHashSet<>();
        if (overrides.containsKey(field.name())) {
            for (String item : overrides.get(field.name()).split("[;|]")) {
                if (!item.isBlank()) {
                    items.add(item.trim());
                }
            }
        } else {
            for (ValueConstraint.RequiredItems required : field.constraints(ValueConstraint.RequiredItems.class)) {
                items.addAll(required.literals());
                required.fieldValues().stream().map(scalars::get).filter(v -> v != null && !v.isBlank())
                        .map(v -> v.replace('_', '-')).forEach(items::add);
            }
            // the topic's tag where the field is the tags or its rubric row names a topic
            if (field.name().equals("tags") || String.valueOf(field.description()).toLowerCase(java.util.Locale.ROOT).contains("topic")) {
                items.add(plan.topicTag());
            }
        }
        List<String> rendered = items.stream().map(FrontMatterDraft::plainOrQuoted).toList();
        return "[" + String.join(", ", rendered) + "]";
    }

    private static String yaml(FieldRequirement field, String value) {
        if (field.type() == FieldType.STRING || field.type() == null) {
            return plainOrQuoted(value);
        }
        return value;
    }

    /** A string YAML reads back as that string: plain when it is a word that is not a number, date or keyword. */
    static String plainOrQuoted(String value) {
        boolean word = value.matches("[A-Za-z_][A-Za-z0-9_.-]*") && !value.matches("(?i)true|false|yes|no|on|off|null|~");
        if (word) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
