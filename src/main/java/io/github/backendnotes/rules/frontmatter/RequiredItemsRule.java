package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.ValueForm;
import io.github.backendnotes.model.YamlValue;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public final class RequiredItemsRule extends FrontMatterRule {

    private static final Pattern REQUIRED_ITEMS = Pattern.compile(
            "^(?:至少含|至少包含|必須含|必須包含|须含|須含|must include|includes? at least|at least)\\s*[:：]?\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    /** "topic kebab name", "pattern kebab name", "kebab-case topic": a tag naming the file's topic. */
    private static final Pattern FILE_TOPIC = Pattern.compile("^(?:[A-Za-z]+\\s+)?kebab(?:[- ]case)?(?:\\s+[A-Za-z]+)?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    // a file name's parts, compiled once: every chapter's tags are checked against its file name
    private static final Pattern EXTENSION = Pattern.compile("\\.[^.]*$");
    private static final Pattern NUMBER = Pattern.compile("^\\d+[a-z]?[_\\-\\s]+");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[_\\-\\s]+");

    /**
     * Reads "至少含 `backend`, category, …" of a list field: backticked items are literals, a field's name stands for
     * its value; any other item is listed as unread.
     */
    public static final ValueForm FORM = RequiredItemsRule::read;

    public RequiredItemsRule() {
        super("frontmatter.required-tags", Severity.ERROR,
                "A list the rubric says must contain items (\"至少含 `backend`, category, …\") contains them; "
                        + "a named field contributes its value, as written or in kebab form; \"topic kebab name\" asks "
                        + "for one more item in kebab case that names the topic of the file name: it shares a word "
                        + "with the name (without its number) or is the initials of its words (iac for "
                        + "infrastructure_as_code).");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        List<ValueConstraint.RequiredItems> requirements = requirement.constraints(ValueConstraint.RequiredItems.class);
        if (requirements.isEmpty() || !(field.value() instanceof YamlValue.Sequence sequence)) {
            return;
        }
        Set<String> present = sequence.items().stream()
                .map(FieldValues::text).flatMap(java.util.Optional::stream).collect(Collectors.toSet());
        for (ValueConstraint.RequiredItems required : requirements) {
            List<String> missing = new ArrayList<>();
            for (String literal : required.literals()) {
                if (!present.contains(literal)) {
                    missing.add("'" + literal + "'");
                }
            }
            for (String fieldName : required.fieldValues()) {
                // the value counts as written or in kebab form (category system_design, tag system-design)
                note.frontMatter().text(fieldName).map(String::trim)
                        .filter(value -> !present.contains(value) && !present.contains(kebab(value)))
                        .ifPresent(value -> missing.add("'" + kebab(value) + "' (from " + fieldName + ")"));
            }
            if (required.fileTopic() && !hasTopic(present, required, note)) {
                missing.add("a kebab-case topic tag from the file name (" + String.join(", ", fileWords(note.fileName()))
                        + ")");
            }
            if (!missing.isEmpty()) {
                out.report(this, field.line(), field.column(), "field '" + requirement.name() + "' lacks "
                        + String.join(", ", missing) + " (" + requirement.source() + ": " + requirement.description() + ")");
            }
        }
    }

    /** A kebab-case item other than the required ones that names the file's topic. */
    private static boolean hasTopic(Set<String> present, ValueConstraint.RequiredItems required, Note note) {
        List<String> words = fileWords(note.fileName());
        Set<String> fieldItems = new java.util.HashSet<>();
        for (String name : required.fieldValues()) {
            note.frontMatter().text(name).map(RequiredItemsRule::kebab).ifPresent(fieldItems::add);
        }
        for (String item : present) {
            if (KEBAB.matcher(item).matches() && !required.literals().contains(item) && !fieldItems.contains(item)
                    && namesTopic(item, words)) {
                return true;
            }
        }
        return false;
    }

    static boolean namesTopic(String item, List<String> words) {
        for (String part : item.split("-")) {
            if (words.contains(part)) {
                return true;
            }
        }
        for (int from = 0; from < words.size(); from++) {
            StringBuilder initials = new StringBuilder();
            for (int i = from; i < words.size(); i++) {
                initials.append(words.get(i).charAt(0));
                if (i > from && initials.toString().equals(item)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The words of a file name without its extension and its number: {@code 21_rate_limiting.md} → rate, limiting. */
    static List<String> fileWords(String fileName) {
        String stem = NUMBER.matcher(EXTENSION.matcher(fileName).replaceFirst("")).replaceFirst("");
        List<String> words = new ArrayList<>();
        for (String word : WORD_SEPARATOR.split(stem.toLowerCase(java.util.Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** The form the notes use for a field value as a tag: {@code system_design} → {@code system-design}. */
    static String kebab(String value) {
        return value.trim().replace('_', '-').replace(' ', '-');
    }

    private static Optional<ValueConstraint> read(String description, FieldType type, List<String> fieldNames,
                                                  List<String> unread) {
        Matcher items = REQUIRED_ITEMS.matcher(description);
        if (type != FieldType.LIST || !items.matches()) {
            return Optional.empty();
        }
        List<String> literals = new ArrayList<>();
        List<String> fieldValues = new ArrayList<>();
        boolean fileTopic = false;
        for (String part : items.group(1).split("[,，、]")) {
            String item = part.trim().replaceAll("[。.]$", "");
            Matcher literal = BACKTICKED.matcher(item);
            if (literal.matches()) {
                literals.add(literal.group(1));
            } else if (fieldNames.contains(item)) {
                fieldValues.add(item);
            } else if (FILE_TOPIC.matcher(item).matches()) {
                fileTopic = true;
            } else if (!item.isEmpty()) {
                unread.add("'" + item + "' (from: " + description + ")");
            }
        }
        return Optional.of(new ValueConstraint.RequiredItems(literals, fieldValues, fileTopic));
    }
}
