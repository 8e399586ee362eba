package io.github.backendnotes.fix;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.YamlValue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Appends the items a list lacks ({@code frontmatter.required-tags}): the rubric's literal items and the values of
 * the fields it names, in the form the list already uses (kebab unless its items keep underscores), in the list's
 * own style: a flow list {@code [a, b]} on one line gains {@code , c}; a block list gains a {@code - c} line like its
 * last item. A named field whose value another finding calls wrong is waited for: its fix comes first.
 */
final class RequiredTagsFixer implements Fixer {

    static final String RULE = "frontmatter.required-tags";

    @Override
    public String ruleId() {
        return RULE;
    }

    @Override
    public boolean fix(Finding finding, FixTarget target, LineEdits edits) {
        FrontMatter frontMatter = target.note().frontMatter();
        Optional<FrontMatter.Field> pointed = frontMatter == null ? Optional.empty() : frontMatter.fields().values()
                .stream().filter(f -> f.line() == finding.line() && f.column() == finding.column()).findFirst();
        if (pointed.isEmpty() || !(pointed.get().value() instanceof YamlValue.Sequence list)) {
            return false;
        }
        FieldRequirement requirement = target.field(pointed.get().key()).orElse(null);
        Optional<List<String>> missing = requirement == null ? Optional.empty() : missing(target, requirement, list);
        if (missing.isEmpty() || missing.get().isEmpty()) {
            return false;
        }
        List<String> items = missing.get();
        String change = pointed.get().key() + " += " + String.join(", ", items) + " [" + RULE + "]";
        return list.line() == pointed.get().line()
                ? appendFlow(pointed.get(), list, items, edits, change)
                : appendBlock(list, items, edits, change);
    }

    /** The items to add, or empty when a named field's value is not yet certain. */
    private static Optional<List<String>> missing(FixTarget target, FieldRequirement requirement,
                                                  YamlValue.Sequence list) {
        Set<String> present = new LinkedHashSet<>();
        for (YamlValue item : list.items()) {
            if (!(item instanceof YamlValue.Scalar scalar)) {
                return Optional.empty();
            }
            present.add(scalar.text());
        }
        boolean underscores = present.stream().anyMatch(p -> p.contains("_")) && present.stream().noneMatch(p -> p.contains("-"));
        Set<String> wanted = new LinkedHashSet<>();
        for (ValueConstraint.RequiredItems required : requirement.constraints(ValueConstraint.RequiredItems.class)) {
            required.literals().stream().filter(l -> !present.contains(l)).forEach(wanted::add);
            for (String name : required.fieldValues()) {
                Optional<FrontMatter.Field> field = target.note().frontMatter().field(name);
                if (field.isEmpty() || !(field.get().value() instanceof YamlValue.Scalar scalar) || scalar.isNull()
                        || pending(target, field.get())) {
                    return Optional.empty();
                }
                String value = scalar.text().trim();
                String kebab = value.replace('_', '-').replace(' ', '-');
                if (!present.contains(value) && !present.contains(kebab)) {
                    wanted.add(underscores ? value : kebab);
                }
            }
        }
        return Optional.of(new ArrayList<>(wanted));
    }

    /** Whether another finding of the run points at the field, so that its value may still change. */
    private static boolean pending(FixTarget target, FrontMatter.Field field) {
        return target.findings().stream().anyMatch(f -> !f.ruleId().equals(RULE)
                && (f.line() == field.line() || f.line() == field.value().line()));
    }

    private static boolean appendFlow(FrontMatter.Field field, YamlValue.Sequence list, List<String> items,
                                      LineEdits edits, String change) {
        String line = edits.text().line(field.line());
        int open = YamlLines.valueStart(line, field.key());
        int close = open < 0 || open >= line.length() || line.charAt(open) != '[' ? -1 : line.indexOf(']', open);
        // an item holding a bracket would make the first ']' the wrong one
        boolean brackets = list.items().stream().anyMatch(item -> item instanceof YamlValue.Scalar s
                && (s.text().indexOf('[') >= 0 || s.text().indexOf(']') >= 0));
        if (close < 0 || brackets) {
            return false;
        }
        char quote = quoteOf(list, edits);
        StringBuilder added = new StringBuilder();
        int end = close;
        while (end > open + 1 && line.charAt(end - 1) == ' ') {
            end--;
        }
        boolean empty = end == open + 1;
        for (String item : items) {
            added.append(empty && added.length() == 0 ? "" : ", ").append(YamlLines.render(item, quote, true, true));
        }
        return edits.replace(field.line(), line.substring(0, end) + added + line.substring(end), change);
    }

    private static boolean appendBlock(YamlValue.Sequence list, List<String> items, LineEdits edits, String change) {
        if (list.items().isEmpty()) {
            return false;
        }
        YamlValue last = list.items().get(list.items().size() - 1);
        String lastLine = edits.text().line(last.line());
        int dash = lastLine.indexOf('-');
        if (dash < 0 || !lastLine.substring(0, dash).isBlank() || last.column() - 1 <= dash
                || last.column() - 1 > lastLine.length() || YamlLines.scalarEnd(lastLine, last.column() - 1) < 0) {
            return false;
        }
        String prefix = lastLine.substring(0, last.column() - 1);
        char quote = quoteOf(list, edits);
        for (String item : items) {
            edits.insertAfter(last.line(), prefix + YamlLines.render(item, quote, true, false), change);
        }
        return true;
    }

    /** The quote the list's last item is written in, 0 when plain, so that new items look like the others. */
    private static char quoteOf(YamlValue.Sequence list, LineEdits edits) {
        if (list.items().isEmpty() || !(list.items().get(list.items().size() - 1) instanceof YamlValue.Scalar last)
                || !last.quoted()) {
            return 0;
        }
        String line = edits.text().line(last.line());
        char first = last.column() - 1 < line.length() ? line.charAt(last.column() - 1) : 0;
        return first == '\'' || first == '"' ? first : 0;
    }
}
