package io.github.backendnotes.rules.section;

import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.check.SectionView;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Section;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class NamedPartsRule extends SectionRule<NamedPartsRule.NamedParts> {

    /**
     * Three or more capitalised names joined by slashes, opening the text or after 含 or a colon:
     * "需包含三段：Foundation/Advanced/Challenge" (not "1 條為 React/Next/Zustand 邊界陷阱").
     */
    private static final Pattern PARTS = Pattern.compile("(?:^|含|[：:])\\s*([A-Z][A-Za-z]+(?:\\s*/\\s*[A-Z][A-Za-z]+){2,})(?![A-Za-z/])");
    private static final Pattern EACH_ACCEPTANCE = Pattern.compile("(?:每段|每部分|各段|均|皆|都)\\s*(?:需)?(?:有|含)\\s*驗收條件|each with acceptance criteria",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACCEPTANCE = Pattern.compile("驗收|acceptance|確認|驗證|測試[：:]|通過條件|完成條件|預期結果", Pattern.CASE_INSENSITIVE);

    /**
     * Reads "需包含三段：Foundation/Advanced/Challenge，且每段有驗收條件" as one line: the parts named in one
     * clause, what each must hold in another ("每段有驗收條件", "均有驗收條件").
     */
    public static final ClauseForm FORM = ClauseForm.wholeLine(NamedPartsRule::read);

    /**
     * Each part is present, holding acceptance criteria when {@code acceptance}. With no parts named (a clause
     * read alone), each sub-heading of the section is a part.
     */
    public record NamedParts(List<String> parts, boolean acceptance) implements Check {
        public NamedParts {
            parts = List.copyOf(parts);
        }

        /** "三段式練習與驗收條件完整": the parts by their number, and their acceptance criteria when asked. */
        @Override
        public boolean restatedBy(String checklistLine) {
            boolean parts = PARTS_COUNTED.of(this.parts.size()).matcher(checklistLine).matches()
                    || this.parts.stream().allMatch(checklistLine::contains);
            return parts && (!acceptance || checklistLine.contains("驗收") || checklistLine.toLowerCase(Locale.ROOT)
                    .contains("acceptance"));
        }
    }

    /** Chinese numerals by value, for "三段". */
    private static final String NUMBERS = "零一二三四五六七八九";

    public NamedPartsRule() {
        super("section.named-parts", Severity.ERROR,
                "A section the rubric divides into named parts (\"Foundation/Advanced/Challenge，且每段有驗收條件\") has "
                        + "each part (a sub-heading, a bold lead or a list item naming it) and, when asked, acceptance "
                        + "criteria (驗收…, acceptance …) within each.", NamedParts.class);
    }

    static Optional<Check> read(String text) {
        Matcher parts = PARTS.matcher(text);
        boolean acceptance = EACH_ACCEPTANCE.matcher(text).find();
        if (parts.find()) {
            return Optional.of(new NamedParts(Arrays.stream(parts.group(1).split("/")).map(String::trim).toList(), acceptance));
        }
        return acceptance ? Optional.of(new NamedParts(List.of(), true)) : Optional.empty();
    }

    @Override
    String problem(SectionView section, NamedParts check) {
        List<Unit> units = units(section);
        List<String> names = check.parts().isEmpty()
                ? section.children().stream().map(s -> s.heading().text()).toList() : check.parts();
        List<Integer> starts = new ArrayList<>();
        for (String name : names) {
            starts.add(start(units, name));
        }
        List<String> problems = new ArrayList<>();
        for (int p = 0; p < names.size(); p++) {
            int start = starts.get(p);
            if (start < 0) {
                problems.add("has no part '" + names.get(p) + "'");
            } else if (check.acceptance() && !ACCEPTANCE.matcher(region(units, start, starts)).find()) {
                problems.add("part '" + names.get(p) + "' has no acceptance criteria (驗收條件)");
            }
        }
        return problems.isEmpty() ? null : String.join(", ", problems);
    }

    /** A piece of the section a part can open with: a sub-heading, a paragraph or a list item. */
    private record Unit(String text, boolean opensPart) {
    }

    private static List<Unit> units(SectionView section) {
        List<Unit> units = new ArrayList<>();
        List<Section> all = new ArrayList<>();
        all.add(section.section());
        all.addAll(section.subsections());
        for (Section one : all) {
            if (one != section.section()) {
                units.add(new Unit(one.heading().text(), true));
            }
            for (Block block : one.blocks()) {
                if (block instanceof Block.Paragraph paragraph) {
                    units.add(new Unit(paragraph.text(), paragraph.boldLead()));
                } else if (block instanceof Block.ListBlock list) {
                    list.items().forEach(item -> units.add(new Unit(itemText(item), true)));
                }
            }
        }
        return units;
    }

    /** An item with its nested items: "- Foundation …" holds its criteria below it. */
    private static String itemText(Block.ListItem item) {
        StringBuilder text = new StringBuilder(item.text());
        item.children().forEach(list -> list.items().forEach(child -> text.append('\n').append(itemText(child))));
        return text.toString();
    }

    /** "三段", "3 段": a count of parts as a rubric line writes it, by count; compiled once. */
    private static final CompiledPatterns<Integer> PARTS_COUNTED = new CompiledPatterns<>(count -> Pattern.compile(
            ".*(?:" + NUMBERS.charAt(Math.min(count, 9)) + "段|" + count + "\\s*段).*"));

    /** A part's name as a word, by name: compiled once, as every chapter's section is searched for the parts. */
    private static final CompiledPatterns<String> WORDS = new CompiledPatterns<>(name -> Pattern.compile(
            "(?<![A-Za-z])" + Pattern.quote(name) + "(?![A-Za-z])"));

    /** The first unit that can open a part and names it near its start; -1 when none does. */
    private static int start(List<Unit> units, String name) {
        Pattern word = WORDS.of(name.toLowerCase(Locale.ROOT));
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String head = unit.text().toLowerCase(Locale.ROOT);
            head = head.substring(0, Math.min(head.length(), 40));
            if (unit.opensPart() && word.matcher(head).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The text from a part's start to the next part's start (or the section's end). */
    private static String region(List<Unit> units, int start, List<Integer> starts) {
        int end = units.size();
        for (int other : starts) {
            if (other > start && other < end) {
                end = other;
            }
        }
        StringBuilder text = new StringBuilder();
        units.subList(start, end).forEach(u -> text.append(u.text()).append('\n'));
        return text.toString();
    }
}
