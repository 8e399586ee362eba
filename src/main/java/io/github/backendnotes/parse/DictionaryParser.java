package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ConditionalRequirement;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.ValueConstraint;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a vault's {@code Property Dictionary.md}: "Required for all notes" (property | type | allowed | notes),
 * "Conditional required fields" (property | required when | notes) and "Naming rules". Like the rubric parser it
 * never guesses: what it cannot read is listed as not machine-checked.
 */
public final class DictionaryParser {

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern MUST_INCLUDE = Pattern.compile("^must include\\s+(.+?)\\.?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern IN_LIST = Pattern.compile("^`([^`=]+)`\\s+in\\s*\\((.+)\\)$");
    private static final Pattern EQUALS = Pattern.compile("^`([^`=\\s]+)\\s*=\\s*([^`]+)`$");
    private static final Pattern DATED_NAME = Pattern.compile("YYYY-MM-DD_[a-z_]+\\.md");

    public PropertyDictionary parse(String file, Note dictionary) {
        List<FieldRequirement> fields = new ArrayList<>();
        List<ConditionalRequirement> conditionals = new ArrayList<>();
        List<RubricLine> enforced = new ArrayList<>();
        List<RubricLine> notChecked = new ArrayList<>();
        boolean snakeCase = false;
        Set<String> datedTypes = new LinkedHashSet<>();
        List<String> topFolders = new ArrayList<>();
        List<Section> sections = dictionary.sections();
        for (int i = 0; i < sections.size(); i++) {
            String title = sections.get(i).title().toLowerCase(Locale.ROOT);
            List<Block> blocks = sections.get(i).blocks();
            if (title.startsWith("required for all")) {
                for (Block block : blocks) {
                    if (block instanceof Block.Table table) {
                        requiredTable(table, fields, enforced, notChecked);
                    }
                }
            } else if (title.startsWith("conditional")) {
                for (Block block : blocks) {
                    if (block instanceof Block.Table table) {
                        conditionalTable(table, conditionals, enforced, notChecked);
                    }
                }
            } else if (title.startsWith("naming")) {
                snakeCase |= namingRules(RubricParser.blocksUnder(sections, i), datedTypes, topFolders, enforced, notChecked);
            }
        }
        return new PropertyDictionary(file, fields, conditionals, snakeCase, datedTypes, topFolders, enforced,
                UncheckedReasons.told(notChecked));
    }

    /**
     * Reads the "Naming rules" list: dated file names per note type, snake_case file names, the top-level folder
     * layout. Returns whether file names must be snake_case.
     */
    private static boolean namingRules(List<Block> blocks, Set<String> datedTypes, List<String> topFolders,
                                       List<RubricLine> enforced, List<RubricLine> notChecked) {
        boolean snakeCase = false;
        for (Block block : blocks) {
            if (!(block instanceof Block.ListBlock list)) {
                continue;
            }
            for (Block.ListItem item : list.items()) {
                String text = item.text().trim();
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains("filename") && DATED_NAME.matcher(text).find()) {
                    String types = text.substring(0, lower.indexOf("filename"));
                    for (String type : types.split("[/,、]")) {
                        if (!type.isBlank()) {
                            datedTypes.add(type.trim().toLowerCase(Locale.ROOT));
                        }
                    }
                    enforced.add(new RubricLine(item.line(), "Naming rules: " + text + " (naming.file-name)"));
                } else if (lower.contains("filename") && lower.contains("snake_case")) {
                    snakeCase = true;
                    enforced.add(new RubricLine(item.line(), "Naming rules: " + text + " (naming.file-name)"));
                } else if (lower.startsWith("folder layout") && !item.children().isEmpty()) {
                    for (Block.ListItem folder : item.children().get(0).items()) {
                        Matcher name = BACKTICKED.matcher(folder.text());
                        if (name.find()) {
                            topFolders.add(name.group(1).trim());
                        }
                    }
                    enforced.add(new RubricLine(item.line(), "Naming rules: folder layout " + topFolders
                            + " (naming.top-level-folder)"));
                } else if (!text.isEmpty()) {
                    notChecked.add(new RubricLine(item.line(), "Naming rules: " + text));
                }
            }
        }
        return snakeCase;
    }

    private static void requiredTable(Block.Table table, List<FieldRequirement> fields, List<RubricLine> enforced,
                                      List<RubricLine> notChecked) {
        int type = column(table, "type");
        int allowed = column(table, "allowed");
        int notes = column(table, "notes");
        List<String> names = table.rows().stream().map(r -> r.cell(0).replace("`", "").trim()).toList();
        for (Block.Table.Row row : table.rows()) {
            String name = row.cell(0).replace("`", "").trim();
            if (name.isEmpty()) {
                continue;
            }
            Optional<FieldType> fieldType = FieldType.fromRubric(row.cell(type));
            List<ValueConstraint> constraints = new ArrayList<>();
            List<String> described = new ArrayList<>();
            String allowedText = row.cell(allowed).trim();
            List<String> values = backticked(allowedText);
            if (!values.isEmpty() && fieldType.orElse(null) != FieldType.DATE) {
                constraints.add(new ValueConstraint.AllowedValues(values));
                described.add(allowedText);
            }
            String notesText = row.cell(notes).trim();
            Matcher include = MUST_INCLUDE.matcher(notesText);
            if (fieldType.orElse(null) == FieldType.LIST && include.matches()) {
                List<String> literals = new ArrayList<>();
                List<String> fieldValues = new ArrayList<>();
                for (String item : backticked(include.group(1))) {
                    (names.contains(item) ? fieldValues : literals).add(item);
                }
                constraints.add(new ValueConstraint.RequiredItems(literals, fieldValues));
                described.add(notesText);
            } else if (!notesText.isEmpty()) {
                notChecked.add(new RubricLine(row.line(), "Required for all notes: `" + name + "`: " + notesText));
            }
            if (fieldType.isEmpty()) {
                notChecked.add(new RubricLine(row.line(), "Required for all notes: `" + name + "`: type '" + row.cell(type) + "'"));
            }
            String description = described.isEmpty() ? fieldType.map(FieldType::expectation).orElse("required")
                    : String.join("; ", described);
            fields.add(new FieldRequirement(name, fieldType.orElse(null), constraints, description,
                    String.join(" | ", row.cells()), row.line(), FieldRequirement.DICTIONARY));
            enforced.add(new RubricLine(row.line(), "Required for all notes: `" + name + "`"
                    + fieldType.map(t -> ", " + t.name().toLowerCase(Locale.ROOT)).orElse("")
                    + (described.isEmpty() ? "" : ", " + String.join("; ", described))));
        }
    }

    private static void conditionalTable(Block.Table table, List<ConditionalRequirement> conditionals,
                                         List<RubricLine> enforced, List<RubricLine> notChecked) {
        int when = column(table, "required when");
        for (Block.Table.Row row : table.rows()) {
            String name = row.cell(0).replace("`", "").trim();
            String whenText = row.cell(when).trim();
            Optional<List<ConditionalRequirement.Condition>> conditions = conditions(whenText);
            if (name.isEmpty()) {
                continue;
            }
            if (conditions.isPresent()) {
                conditionals.add(new ConditionalRequirement(name, conditions.get(), whenText, row.line()));
                enforced.add(new RubricLine(row.line(), "Conditional required fields: `" + name + "` when " + whenText));
            } else {
                notChecked.add(new RubricLine(row.line(), "Conditional required fields: `" + name + "` when " + whenText));
            }
        }
    }

    /** "`note_type=knowledge` and `domain` in (`algorithm`, `leetcode`)": every part must be read. */
    static Optional<List<ConditionalRequirement.Condition>> conditions(String text) {
        List<ConditionalRequirement.Condition> conditions = new ArrayList<>();
        for (String part : text.split("\\s+and\\s+")) {
            String condition = part.trim();
            Matcher in = IN_LIST.matcher(condition);
            Matcher equals = EQUALS.matcher(condition);
            if (in.matches() && !backticked(in.group(2)).isEmpty()) {
                conditions.add(new ConditionalRequirement.Condition(in.group(1).trim(), Set.copyOf(backticked(in.group(2)))));
            } else if (equals.matches()) {
                conditions.add(new ConditionalRequirement.Condition(equals.group(1).trim(), Set.of(equals.group(2).trim())));
            } else {
                return Optional.empty();
            }
        }
        return conditions.isEmpty() ? Optional.empty() : Optional.of(conditions);
    }

    private static int column(Block.Table table, String name) {
        for (int i = 0; i < table.header().size(); i++) {
            if (table.header().get(i).trim().toLowerCase(Locale.ROOT).equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static List<String> backticked(String text) {
        List<String> values = new ArrayList<>();
        Matcher value = BACKTICKED.matcher(text);
        while (value.find()) {
            values.add(value.group(1).trim());
        }
        return values;
    }
}
