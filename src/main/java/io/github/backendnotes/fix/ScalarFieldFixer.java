package io.github.backendnotes.fix;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.YamlValue;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Sets one front-matter scalar to the value the finding's rule makes certain: the rubric's fixed value, the number
 * the file name starts with, the folder the chapter sits in, {@code updated} + {@code review_interval_days}. The
 * field is the one whose key or value the finding points at; only the value on the key's line is replaced.
 */
final class ScalarFieldFixer implements Fixer {

    /** The value the field must have, or empty when it is not certain. */
    @FunctionalInterface
    interface Wanted {
        Optional<String> of(FixTarget target, FieldRequirement requirement, FrontMatter.Field field);
    }

    private final String ruleId;
    private final Wanted wanted;

    ScalarFieldFixer(String ruleId, Wanted wanted) {
        this.ruleId = ruleId;
        this.wanted = wanted;
    }

    static ScalarFieldFixer fixedValue() {
        return new ScalarFieldFixer("frontmatter.fixed-value", (target, requirement, field) ->
                requirement == null ? Optional.empty() : only(requirement.constraints(ValueConstraint.FixedValue.class)
                        .stream().map(ValueConstraint.FixedValue::value).distinct().toList()));
    }

    static ScalarFieldFixer chapterNumber() {
        return new ScalarFieldFixer("frontmatter.chapter-number", (target, requirement, field) -> {
            String id = Series.chapterId(target.note().path());
            List<ValueConstraint.DigitString> digits = requirement == null ? List.of()
                    : requirement.constraints(ValueConstraint.DigitString.class);
            // the file name's number is the value only when it already has the digits the rubric asks for
            return digits.size() == 1 && id.length() == digits.get(0).digits() ? Optional.of(id) : Optional.empty();
        });
    }

    static ScalarFieldFixer categoryFolder() {
        return new ScalarFieldFixer("frontmatter.category-folder", (target, requirement, field) -> {
            String folder = target.folderInSeries();
            if (requirement == null || folder.isEmpty() || target.series() == null) {
                return Optional.empty();
            }
            boolean folders = requirement.constraints(ValueConstraint.AllowedValues.class).stream().anyMatch(allowed ->
                    target.series().folders().containsAll(allowed.values()) && allowed.values().contains(folder));
            return folders ? Optional.of(folder) : Optional.empty();
        });
    }

    static ScalarFieldFixer nextReview() {
        return new ScalarFieldFixer("frontmatter.next-review", (target, requirement, field) -> {
            FrontMatter frontMatter = target.note().frontMatter();
            Optional<LocalDate> updated = date(frontMatter.field("updated"));
            Optional<Long> days = frontMatter.field("review_interval_days").map(FrontMatter.Field::value)
                    .filter(v -> v instanceof YamlValue.Scalar s && s.kind() == YamlValue.ScalarKind.INTEGER)
                    .flatMap(v -> days(((YamlValue.Scalar) v).text()));
            return updated.isPresent() && days.isPresent()
                    ? Optional.of(updated.get().plusDays(days.get()).toString()) : Optional.empty();
        });
    }

    @Override
    public String ruleId() {
        return ruleId;
    }

    @Override
    public boolean fix(Finding finding, FixTarget target, LineEdits edits) {
        FrontMatter frontMatter = target.note().frontMatter();
        if (frontMatter == null) {
            return false;
        }
        Optional<FrontMatter.Field> pointed = frontMatter.fields().values().stream()
                .filter(f -> at(finding, f.line(), f.column()) || at(finding, f.value().line(), f.value().column()))
                .findFirst();
        if (pointed.isEmpty() || !(pointed.get().value() instanceof YamlValue.Scalar scalar)
                || scalar.line() != pointed.get().line()) {
            return false;
        }
        FrontMatter.Field field = pointed.get();
        FieldRequirement requirement = target.field(field.key()).orElse(null);
        Optional<String> value = wanted.of(target, requirement, field);
        if (value.isEmpty()) {
            return false;
        }
        boolean asString = requirement != null && requirement.type() == FieldType.STRING;
        String line = edits.text().line(field.line());
        return YamlLines.withScalar(line, field.key(), value.get(), asString)
                .map(changed -> edits.replace(field.line(), changed, field.key() + ": " + scalar.text() + " -> "
                        + value.get() + " [" + ruleId + "]"))
                .orElse(false);
    }

    private static boolean at(Finding finding, int line, int column) {
        return finding.line() == line && finding.column() == column;
    }

    private static Optional<String> only(List<String> values) {
        return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
    }

    /** A YYYY-MM-DD calendar date, written plain or quoted, as the review-date rules read it. */
    private static Optional<LocalDate> date(Optional<FrontMatter.Field> field) {
        if (field.isEmpty() || !(field.get().value() instanceof YamlValue.Scalar scalar)
                || !scalar.text().matches("\\d{4}-\\d{2}-\\d{2}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(scalar.text()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> days(String text) {
        try {
            long days = Long.parseLong(text.replace("_", ""));
            return days >= 0 && days < 100_000 ? Optional.of(days) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
