package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FieldType;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.model.ValueForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a parsed {@code quality_rubric.md}: its Scope list, its front-matter table, and every other
 * requirement line, each either understood (enforced) or listed as not machine-checked. A phrase that is
 * not understood is never guessed into a check.
 */
public final class RubricParser {

    /** A line introducing a nested list of examples ("常見 v4 陷阱範例：", "Examples:"). */
    private static final Pattern EXAMPLES = Pattern.compile(
            ".*(?:範例|示例|例子|舉例|examples?|e\\.g\\.)\\s*[：:]\\s*", Pattern.CASE_INSENSITIVE);

    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
    private static final Pattern SCOPE_RANGE = Pattern.compile(
            "`(\\d+)`\\s*(?:到|至|to|through|-|–|~)\\s*`(\\d+)`", Pattern.CASE_INSENSITIVE);
    private static final Set<String> UNCHECKED_SECTIONS = Set.of("purpose", "目的", "scope", "範圍", "适用范围", "適用範圍");

    private final List<ClauseForm> clauseForms;
    private final List<ValueForm> valueForms;

    /**
     * @param clauseForms the forms section minimums are read in, in the order they are tried
     * @param valueForms  the forms of the front-matter table's descriptions, in the order they are tried
     */
    public RubricParser(List<ClauseForm> clauseForms, List<ValueForm> valueForms) {
        this.clauseForms = List.copyOf(clauseForms);
        this.valueForms = List.copyOf(valueForms);
    }

    public Rubric parse(String file, Note rubric) {
        List<Section> sections = rubric.sections();
        List<Rubric.ScopeEntry> scope = new ArrayList<>();
        List<Rubric.ScopeRange> ranges = new ArrayList<>();
        List<FieldRequirement> fields = new ArrayList<>();
        List<RubricLine> enforced = new ArrayList<>();
        List<RubricLine> notChecked = new ArrayList<>();
        List<ChapterKind> kinds = new ArrayList<>();
        ContractParser contract = new ContractParser(clauseForms, enforced, notChecked);
        List<Block> checklist = new ArrayList<>();
        List<SectionRequirement> seriesChecks = new ArrayList<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.level() != 2) {
                continue;
            }
            List<Block> blocks = blocksUnder(sections, i);
            String title = section.title().toLowerCase(Locale.ROOT);
            if (isScope(title)) {
                readScope(blocks, scope, ranges);
            } else if (title.contains("frontmatter") || title.contains("front matter") || title.contains("front-matter")) {
                readFrontMatterTable(blocks, fields, enforced, notChecked);
            } else if (ContractParser.isMinimums(section.title())) {
                kinds.add(contract.kind(sections, i));
            } else if (ContractParser.isCodeStandards(section.title())) {
                contract.codeStandards(blocks);
            } else if (ContractParser.isReviewChecklist(section.title())) {
                checklist.addAll(blocks); // read last: it refers to the checks of every section
            } else if (!UNCHECKED_SECTIONS.contains(title)) {
                requirementLines(section.title(), blocks, new Lines(enforced, notChecked, seriesChecks));
            }
        }
        new ChecklistMapping(enforced, notChecked).map(checklist, kinds, !fields.isEmpty());
        enforced.sort(java.util.Comparator.comparingInt(RubricLine::line));
        notChecked.sort(java.util.Comparator.comparingInt(RubricLine::line));
        return new Rubric(file, scope, ranges, fields, kinds, contract.codeStandards(), enforced,
                UncheckedReasons.told(notChecked)).withSeriesChecks(seriesChecks);
    }

    private static boolean isScope(String title) {
        return title.equals("scope") || title.startsWith("scope ") || title.equals("範圍") || title.equals("適用範圍");
    }

    /** The blocks of section {@code index} and of its subsections. */
    static List<Block> blocksUnder(List<Section> sections, int index) {
        List<Block> blocks = new ArrayList<>(sections.get(index).blocks());
        int level = sections.get(index).level();
        for (int j = index + 1; j < sections.size() && sections.get(j).level() > level; j++) {
            blocks.addAll(sections.get(j).blocks());
        }
        return blocks;
    }

    private static void readScope(List<Block> blocks, List<Rubric.ScopeEntry> scope, List<Rubric.ScopeRange> ranges) {
        for (Block block : blocks) {
            if (block instanceof Block.Paragraph paragraph) {
                Matcher range = SCOPE_RANGE.matcher(paragraph.text());
                while (range.find()) {
                    ranges.add(new Rubric.ScopeRange(Digits.value(range.group(1)), Digits.value(range.group(2)),
                            paragraph.line()));
                }
            }
            if (block instanceof Block.ListBlock list) {
                for (Block.ListItem item : list.items()) {
                    Matcher matcher = BACKTICKED.matcher(item.text());
                    while (matcher.find()) {
                        String path = matcher.group(1).trim();
                        if (path.toLowerCase(Locale.ROOT).endsWith(".md")) {
                            scope.add(new Rubric.ScopeEntry(path.startsWith("./") ? path.substring(2) : path, item.line()));
                        }
                    }
                }
            }
        }
    }

    /** Where the lines of a section of its own go: a requirement on the series' chapters, or not checked. */
    private record Lines(List<RubricLine> enforced, List<RubricLine> notChecked, List<SectionRequirement> seriesChecks) {
    }

    /**
     * Every list item and table row of a section the tool does not (yet) read is a line it cannot check, unless a
     * form reads it as a requirement on the series' chapters taken together.
     */
    private void requirementLines(String sectionTitle, List<Block> blocks, Lines lines) {
        for (Block block : blocks) {
            if (block instanceof Block.ListBlock list) {
                listLines(sectionTitle, list, lines);
            } else if (block instanceof Block.Table table) {
                for (Block.Table.Row row : table.rows()) {
                    lines.notChecked().add(new RubricLine(row.line(), sectionTitle + ": " + String.join(" | ", row.cells())));
                }
            }
        }
    }

    private void listLines(String sectionTitle, Block.ListBlock list, Lines lines) {
        for (Block.ListItem item : list.items()) {
            String text = item.text().replace('\n', ' ');
            if (EXAMPLES.matcher(text).matches() && !item.children().isEmpty()) {
                // "常見 v4 陷阱範例：" and its nested examples illustrate the line before, as "（如：…）" does
                continue;
            }
            Optional<SectionRequirement.Check> series = text.isBlank() ? Optional.empty() : seriesCheck(text);
            if (series.isPresent()) {
                lines.seriesChecks().add(new SectionRequirement(sectionTitle, series.get(), text, item.line()));
                lines.enforced().add(new RubricLine(item.line(), sectionTitle + ": " + text + " (" + ((SectionRequirement.SeriesCheck) series.get()).reading() + ")"));
            } else if (!text.isBlank()) {
                lines.notChecked().add(new RubricLine(item.line(), sectionTitle + ": " + text));
            }
            item.children().forEach(child -> listLines(sectionTitle, child, lines));
        }
    }

    /** The first whole-line form that reads the line as a requirement on the series' chapters. */
    private Optional<SectionRequirement.Check> seriesCheck(String text) {
        for (ClauseForm form : clauseForms) {
            Optional<SectionRequirement.Check> check = form.readsWholeLine() ? form.read(text) : Optional.empty();
            if (check.isPresent() && check.get() instanceof SectionRequirement.SeriesCheck) {
                return check;
            }
        }
        return Optional.empty();
    }

    private void readFrontMatterTable(List<Block> blocks, List<FieldRequirement> fields,
                                             List<RubricLine> enforced, List<RubricLine> notChecked) {
        for (Block block : blocks) {
            if (!(block instanceof Block.Table table)) {
                continue;
            }
            Columns columns = Columns.of(table.header());
            List<String> names = table.rows().stream()
                    .map(row -> unquote(row.cell(columns.field))).collect(Collectors.toList());
            for (Block.Table.Row row : table.rows()) {
                String name = unquote(row.cell(columns.field));
                if (name.isEmpty()) {
                    continue;
                }
                String typeText = columns.type < 0 ? "" : row.cell(columns.type);
                String description = columns.description < 0 ? "" : row.cell(columns.description).trim();
                String rubricText = String.join(" | ", row.cells());
                Optional<FieldType> type = FieldType.fromRubric(typeText);
                List<String> unread = new ArrayList<>();
                if (type.isEmpty() && !typeText.isBlank()) {
                    unread.add("type '" + typeText.trim() + "'");
                }
                List<ValueConstraint> constraints = constraints(description, type.orElse(null), names, unread);
                fields.add(new FieldRequirement(name, type.orElse(null), constraints, description, rubricText, row.line()));
                enforced.add(new RubricLine(row.line(), "front matter `" + name + "`: required"
                        + type.map(t -> ", " + t.name().toLowerCase(Locale.ROOT)).orElse("")
                        + constraints.stream().map(RubricParser::describe).collect(Collectors.joining())));
                if (unread.size() == 1 && unread.get(0).equals(description)
                        && UncheckedReasons.restatesType(description, type.orElse(null))) {
                    continue; // the description only names the type, which the type check covers
                }
                for (String phrase : unread) {
                    notChecked.add(new RubricLine(row.line(), "front matter `" + name + "`: " + phrase));
                }
            }
        }
    }

    /** Reads the description column with the first value form that reads it; what none reads goes to {@code unread}. */
    private List<ValueConstraint> constraints(String description, FieldType type, List<String> fieldNames,
                                              List<String> unread) {
        List<ValueConstraint> constraints = new ArrayList<>();
        if (description.isBlank()) {
            return constraints;
        }
        for (ValueForm form : valueForms) {
            Optional<ValueConstraint> constraint = form.read(description, type, fieldNames, unread);
            if (constraint.isPresent()) {
                constraints.add(constraint.get());
                return constraints;
            }
        }
        unread.add(description);
        return constraints;
    }

    private static String describe(ValueConstraint constraint) {
        if (constraint instanceof ValueConstraint.FixedValue fixed) {
            return ", fixed to '" + fixed.value() + "'";
        }
        if (constraint instanceof ValueConstraint.AllowedValues allowed) {
            return ", one of " + allowed.values();
        }
        if (constraint instanceof ValueConstraint.DigitString digits) {
            return ", " + digits.digits() + "-digit string";
        }
        if (constraint instanceof ValueConstraint.NamePair pair) {
            return ", an English name and a Chinese name joined by '" + pair.separator() + "'";
        }
        ValueConstraint.RequiredItems items = (ValueConstraint.RequiredItems) constraint;
        List<String> all = new ArrayList<>(items.literals());
        items.fieldValues().forEach(field -> all.add("<" + field + ">"));
        if (items.fileTopic()) {
            all.add("<a kebab-case topic from the file name>");
        }
        return ", contains " + all;
    }

    private static String unquote(String cell) {
        return cell.trim().replace("`", "").trim();
    }

    /** Which column holds what, from the header; positional when the header says nothing known. */
    private record Columns(int field, int type, int description) {
        static Columns of(List<String> header) {
            int field = -1;
            int type = -1;
            int description = -1;
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).trim().toLowerCase(Locale.ROOT);
                if (field < 0 && (name.equals("欄位") || name.equals("字段") || name.startsWith("field")
                        || name.equals("key") || name.equals("property") || name.equals("name"))) {
                    field = i;
                } else if (type < 0 && (name.equals("型別") || name.equals("類型") || name.equals("类型") || name.equals("type"))) {
                    type = i;
                } else if (description < 0 && (name.equals("說明") || name.equals("说明") || name.equals("描述")
                        || name.startsWith("description") || name.equals("notes") || name.equals("rule")
                        || name.equals("requirement") || name.equals("allowed"))) {
                    description = i;
                }
            }
            if (field < 0) {
                return new Columns(0, header.size() > 1 ? 1 : -1, header.size() > 2 ? 2 : -1);
            }
            return new Columns(field, type, description);
        }
    }
}
