package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.CodeStandards;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.SectionRequirement.Check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the chapter contract of a rubric: the "Chapter-level Minimums" sections (one chapter kind each, its
 * ordered required headings, and the per-heading minimums), the "Code Snippet Standards", and maps the
 * "Review Checklist" to the checks that enforce it. Each rubric line is split into clauses; a clause one of the
 * given {@link ClauseForm}s reads becomes a check, any other is listed as not machine-checked ({@link ChecklistMapping}
 * maps the checklist). The parser
 * itself knows no section phrase: each form lives with the rule that checks it.
 */
public final class ContractParser {

    private static final Pattern ONLY_BACKTICKED = Pattern.compile("^`([^`]+)`$");
    private static final Pattern HEADING_PREFIXED = Pattern.compile("^`([^`]+)`\\s*[：:]\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern KIND_NAME = Pattern.compile("minimums?\\s*[—–\\-:：]\\s*(.+)$", Pattern.CASE_INSENSITIVE);

    private static final Pattern PLACEHOLDERS = Pattern.compile("(?:不使用|避免使用|(?<![A-Za-z])no(?![A-Za-z]))\\s*(`?[A-Za-z_]+`?(?:\\s*[/,、]\\s*`?[A-Za-z_]+`?)+)",
            Pattern.CASE_INSENSITIVE);

    private final List<ClauseForm> forms;
    private final List<RubricLine> enforced;
    private final List<RubricLine> notChecked;
    private final Set<String> placeholderNames = new LinkedHashSet<>();
    private final List<SectionRequirement> codeChecks = new ArrayList<>();
    private boolean languageTagRequired;

    ContractParser(List<ClauseForm> forms, List<RubricLine> enforced, List<RubricLine> notChecked) {
        this.forms = forms;
        this.enforced = enforced;
        this.notChecked = notChecked;
    }

    static boolean isMinimums(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.startsWith("chapter-level minimums") || lower.startsWith("chapter level minimums")
                || lower.startsWith("章節最低要求");
    }

    static boolean isCodeStandards(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.startsWith("code snippet standards") || lower.startsWith("code standards") || lower.startsWith("程式碼");
    }

    static boolean isReviewChecklist(String title) {
        String lower = title.toLowerCase(Locale.ROOT);
        return lower.startsWith("review checklist") || lower.startsWith("審查清單") || lower.startsWith("checklist");
    }

    /** Reads one "Chapter-level Minimums" section (index {@code index} of {@code sections}) as a chapter kind. */
    ChapterKind kind(List<Section> sections, int index) {
        Section top = sections.get(index);
        Matcher named = KIND_NAME.matcher(top.title());
        String name = named.find() ? named.group(1).trim() : "";
        List<ChapterKind.RequiredHeading> headings = new ArrayList<>();
        List<SectionRequirement> requirements = new ArrayList<>();
        ProseContract prose = new ProseContract();
        for (Block block : top.blocks()) {
            if (block instanceof Block.ListBlock list) {
                if (!readHeadingList(list, headings)) {
                    for (Block.ListItem item : list.items()) {
                        contractItem(item, headings, requirements, prose);
                    }
                }
            } else if (block instanceof Block.Paragraph paragraph) {
                prose.read(paragraph.text(), paragraph.line());
            }
        }
        if (!headings.isEmpty()) {
            enforced.add(new RubricLine(headings.get(0).line(), top.title() + ": " + headings.size()
                    + " required headings, in order"));
        } else if (prose.line > 0) {
            return proseKind(name, top, prose, requirements);
        }
        for (int j = index + 1; j < sections.size() && sections.get(j).level() > top.level(); j++) {
            Section sub = sections.get(j);
            for (Block block : sub.blocks()) {
                if (block instanceof Block.ListBlock list) {
                    for (Block.ListItem item : list.items()) {
                        clauses(sub.title(), item.text(), item.line(), requirements);
                    }
                }
            }
        }
        return new ChapterKind(name, headings, requirements, top.heading().line());
    }

    /**
     * A kind whose contract is stated in prose: the headings its bullets name ("`Goal`：…"), in any order, the
     * sections it adds ("並額外加入 `Evidence` 區塊"), and as many more as the count says and the bullets do not
     * name, to infer from the chapters.
     */
    private ChapterKind proseKind(String name, Section top, ProseContract prose, List<SectionRequirement> requirements) {
        List<ChapterKind.RequiredHeading> headings = new ArrayList<>(prose.bullets);
        for (String added : prose.added) {
            if (headings.stream().noneMatch(h -> h.text().equals(added))) {
                headings.add(new ChapterKind.RequiredHeading(added, prose.line));
            }
        }
        long counted = prose.bullets.stream().filter(h -> !prose.added.contains(h.text())).count();
        int unnamed = prose.count < 0 ? 0 : (int) Math.max(0, prose.count - counted);
        if (!headings.isEmpty()) {
            enforced.add(new RubricLine(prose.line, top.title() + ": " + prose.text + " (" + headings.size()
                    + " required headings named, in any order: " + String.join(", ", headings.stream()
                    .map(ChapterKind.RequiredHeading::text).toList())
                    + (unnamed > 0 ? "; " + unnamed + " more to infer from the chapters" : "") + ")"));
        } else {
            notChecked.add(new RubricLine(prose.line, prose.text));
        }
        return new ChapterKind(name, headings, requirements, top.heading().line(), false, unnamed);
    }

    /** A bullet of the minimums section: a contract line with a nested heading list, or "`Heading`：minimums". */
    private void contractItem(Block.ListItem item, List<ChapterKind.RequiredHeading> headings,
                              List<SectionRequirement> requirements, ProseContract prose) {
        boolean readNested = false;
        for (Block.ListBlock child : item.children()) {
            readNested |= readHeadingList(child, headings);
        }
        if (readNested) {
            return; // the item is the contract sentence introducing the list
        }
        Matcher prefixed = HEADING_PREFIXED.matcher(item.text());
        if (prefixed.matches()) {
            String heading = prefixed.group(1).trim();
            prose.bullets.add(new ChapterKind.RequiredHeading(heading, item.line()));
            clauses(heading, prefixed.group(2), item.line(), requirements);
        } else if (prose.read(item.text(), item.line())) {
            return; // the contract sentence: read with the bullets once all are seen
        } else if (!item.text().isBlank()) {
            notChecked.add(new RubricLine(item.line(), item.text()));
        }
    }

    /** An ordered list whose every item is one backticked heading is the heading contract. */
    private static boolean readHeadingList(Block.ListBlock list, List<ChapterKind.RequiredHeading> headings) {
        if (!list.ordered() || list.items().isEmpty()) {
            return false;
        }
        List<ChapterKind.RequiredHeading> read = new ArrayList<>();
        for (Block.ListItem item : list.items()) {
            Matcher heading = ONLY_BACKTICKED.matcher(item.text().trim());
            if (!heading.matches()) {
                return false;
            }
            read.add(new ChapterKind.RequiredHeading(heading.group(1).trim(), item.line()));
        }
        headings.addAll(read);
        return true;
    }

    /** Splits a rubric line into clauses and reads each. */
    void clauses(String heading, String text, int line, List<SectionRequirement> requirements) {
        String flat = text.replace('\n', ' ').trim();
        List<Check> checks = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        ClauseForm lineForm = wholeLineForm(flat, checks);
        if (lineForm != null) {
            // the line's other clauses are not read: list them rather than drop them
            Clauses.split(flat).stream().filter(c -> lineForm.read(c).isEmpty()).forEach(unread::add);
        } else {
            for (String clause : Clauses.split(flat)) {
                Optional<Check> check = Clauses.read(forms, clause);
                if (check.isPresent()) {
                    checks.add(check.get());
                } else if (readPlaceholders(clause)) {
                    enforced.add(new RubricLine(line, heading + ": " + clause + " (code.placeholder-name)"));
                } else {
                    unread.add(clause);
                }
            }
        }
        // a clause saying again what a check of the same line enforces ("步驟式說明，以編號列表呈現") is covered by it;
        // a clause with a number states a minimum of its own
        unread.removeIf(clause -> !clause.matches(".*\\d.*") && checks.stream().anyMatch(c -> c.restatedBy(clause)));
        for (Check check : checks) {
            requirements.add(new SectionRequirement(heading, check, flat, line));
        }
        if (!checks.isEmpty()) {
            // the reading is named, so a reader of the report sees what each phrase was taken to ask
            enforced.add(new RubricLine(line, heading + ": " + flat + " (read as " + String.join(", ",
                    checks.stream().map(Object::toString).toList()) + ")"));
        }
        for (String clause : unread) {
            notChecked.add(new RubricLine(line, heading + ": " + clause));
        }
    }

    /** The first whole-line form that reads the line, its check added to {@code checks}; null when none does. */
    private ClauseForm wholeLineForm(String line, List<Check> checks) {
        for (ClauseForm form : forms) {
            if (form.readsWholeLine()) {
                Optional<Check> check = form.read(line);
                // a code standard is read from the code standards only, a series requirement from a section of its own
                if (check.isPresent() && !(check.get() instanceof SectionRequirement.CodeCheck)
                        && !(check.get() instanceof SectionRequirement.SeriesCheck)) {
                    checks.add(check.get());
                    return form;
                }
            }
        }
        return null;
    }

    /** Reads a "Code Snippet Standards" section. */
    void codeStandards(List<Block> blocks) {
        for (Block block : blocks) {
            if (!(block instanceof Block.ListBlock list)) {
                continue;
            }
            for (Block.ListItem item : list.items()) {
                String text = item.text().replace('\n', ' ').trim();
                String lower = text.toLowerCase(Locale.ROOT);
                if (lower.contains("language tag") || text.contains("語言標籤") || text.contains("语言标签")) {
                    languageTagRequired = true;
                    enforced.add(new RubricLine(item.line(), "Code Snippet Standards: " + text + " (code.language-tag)"));
                } else if (readPlaceholders(text)) {
                    enforced.add(new RubricLine(item.line(), "Code Snippet Standards: " + text + " (code.placeholder-name)"));
                } else if (readCodeCheck(withNested(item, text), item.line())) {
                    // the reading is named: a line may ask more than the part read ("必須使用 …，不使用 …")
                    enforced.add(new RubricLine(item.line(), "Code Snippet Standards: " + text + " (read as "
                            + codeChecks.get(codeChecks.size() - 1).check() + ")"));
                } else if (!text.isEmpty()) {
                    notChecked.add(new RubricLine(item.line(), "Code Snippet Standards: " + text));
                }
            }
        }
    }

    /** A standard with nested bullets ("語境分段：" and a line per chapter range) is read with them, a line each. */
    private static String withNested(Block.ListItem item, String text) {
        StringBuilder all = new StringBuilder(text);
        item.children().forEach(list -> list.items().forEach(child -> all.append('\n').append(child.text().replace('\n', ' '))));
        return all.toString();
    }

    CodeStandards codeStandards() {
        return new CodeStandards(languageTagRequired, List.copyOf(placeholderNames), codeChecks);
    }

    /** A code standard one of the forms reads (a {@link SectionRequirement.CodeCheck}), kept as a chapter-wide check. */
    private boolean readCodeCheck(String text, int line) {
        for (ClauseForm form : forms) {
            Optional<Check> check = form.readsWholeLine() ? form.read(text) : Optional.empty();
            if (check.isPresent() && check.get() instanceof SectionRequirement.CodeCheck) {
                codeChecks.add(new SectionRequirement("", check.get(), text.replace('\n', ' '), line));
                return true;
            }
        }
        return false;
    }

    private boolean readPlaceholders(String clause) {
        Matcher m = PLACEHOLDERS.matcher(clause);
        if (!m.find()) {
            return false;
        }
        for (String name : m.group(1).split("[/,、]")) {
            String clean = name.replace("`", "").trim();
            if (!clean.isEmpty()) {
                placeholderNames.add(clean);
            }
        }
        return true;
    }
}
