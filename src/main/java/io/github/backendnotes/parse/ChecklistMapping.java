package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.SectionRequirement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps each "Review Checklist" line to the checks that enforce it: front matter, the heading contract, or the
 * minimums of a section. A line that only restates a minimum ("步驟數量符合 6-10", "陷阱條目 >= 4") is enforced by it;
 * a line joining such a restatement to a judgement ("… 至少 2 種證據且可追溯") is enforced for its restated part and
 * lists the other part as not checked. A line no check restates is not machine-checked: a number alone never makes
 * a judgement line enforced, it must be the number of one minimum of the section the line names, or of the one
 * minimum that states it.
 */
final class ChecklistMapping {

    private static final Pattern CHECKBOX = Pattern.compile("^\\[[ xX]]\\s*");
    private static final Pattern FINAL_STOP = Pattern.compile("[。.]$");
    private static final Pattern ANY_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern CHECKLIST_SUBJECT = Pattern.compile("^([^\\s至含]+?)\\s*(?:至少|含)");
    /** Where a checklist line joins two conditions. */
    private static final Pattern JOINS = Pattern.compile("\\s*(?:且|並且|并且|，|；|;|, and | and )\\s*");
    /** "適用 / 不適用各至少 2 條": one minimum for each of the sections named before "各". */
    /** A count as a minimum states it: "至少 2", ">= 4", "6-10"; a bare number ("2 度以內") is not one. */
    private static final Pattern COUNT_STATED = Pattern.compile(
            "(?:至少|不少於|>=|≥|at least)\\s*\\d+|\\d+\\s*[-–~]\\s*\\d+", Pattern.CASE_INSENSITIVE);
    /** "每章有 Evidence 區塊", "有 `Evidence` 段落": the chapter has a section of that name. */
    private static final Pattern HAS_SECTION = Pattern.compile("^(?:每章|每一章)?(?:都)?(?:有|含|包含)\\s*`?([^`\\s]+(?:\\s[^`\\s]+)*?)`?\\s*(?:區塊|区块|段落|章節|section)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EACH = Pattern.compile("^(.+?)\\s*各\\s*(?:至少|>=|≥)");

    private final List<RubricLine> enforced;
    private final List<RubricLine> notChecked;

    ChecklistMapping(List<RubricLine> enforced, List<RubricLine> notChecked) {
        this.enforced = enforced;
        this.notChecked = notChecked;
    }

    void map(List<Block> blocks, List<ChapterKind> kinds, boolean hasFieldTable) {
        for (Block block : blocks) {
            if (!(block instanceof Block.ListBlock list)) {
                continue;
            }
            for (Block.ListItem item : list.items()) {
                String text = CHECKBOX.matcher(item.text()).replaceFirst("").replace('\n', ' ').trim();
                if (!text.isEmpty()) {
                    line(text, item.line(), kinds, hasFieldTable);
                }
            }
        }
    }

    private void line(String text, int line, List<ChapterKind> kinds, boolean hasFieldTable) {
        Optional<String> whole = wholeLine(text, kinds, hasFieldTable);
        if (whole.isPresent()) {
            enforced.add(new RubricLine(line, "Review Checklist: " + text + " (" + whole.get() + ")"));
            return;
        }
        String body = FINAL_STOP.matcher(text).replaceFirst("");
        Set<String> headings = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        List<String> unread = new ArrayList<>();
        for (String part : JOINS.split(body)) {
            Set<String> by = restatedBy(part, text, kinds);
            Optional<String> heading = by.isEmpty() ? requiredHeading(part, kinds) : Optional.empty();
            if (by.isEmpty() && heading.isEmpty()) {
                unread.add(part);
            }
            headings.addAll(by);
            heading.ifPresent(required::add);
        }
        if (headings.isEmpty() && required.isEmpty()) {
            notChecked.add(new RubricLine(line, "Review Checklist: " + text));
            return;
        }
        List<String> by = new ArrayList<>();
        if (!headings.isEmpty()) {
            by.add("section.* of '" + String.join("', '", headings) + "'");
        }
        if (!required.isEmpty()) {
            by.add("structure.missing-heading of '" + String.join("', '", required) + "'");
        }
        enforced.add(new RubricLine(line, "Review Checklist: " + text + " (" + String.join("; ", by) + ")"));
        unread.forEach(part -> notChecked.add(new RubricLine(line, "Review Checklist: " + part + " (of: " + text + ")")));
    }

    /** "每章有 Evidence 區塊": a section every chapter must have, which the heading contract already requires. */
    private static Optional<String> requiredHeading(String part, List<ChapterKind> kinds) {
        Matcher has = HAS_SECTION.matcher(part.trim());
        if (!has.matches()) {
            return Optional.empty();
        }
        String name = has.group(1).trim();
        return kinds.stream().flatMap(k -> k.headings().stream()).map(ChapterKind.RequiredHeading::text)
                .filter(heading -> heading.equals(name) || heading.split("/")[0].trim().equals(name)).findFirst();
    }

    private static Optional<String> wholeLine(String text, List<ChapterKind> kinds, boolean hasFieldTable) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (hasFieldTable && (lower.startsWith("frontmatter") || lower.startsWith("front matter"))) {
            return Optional.of("frontmatter.*");
        }
        if (lower.startsWith("cross-reference") || text.startsWith("交叉引用") || text.startsWith("交叉參照")) {
            // the coverage matrix lists the cross-references; its rules check each exists and is linked
            return Optional.of("coverage.cross-reference-missing, coverage.cross-reference-unlinked: the lines of the "
                    + "coverage matrix' cross-references");
        }
        boolean anyHeadings = kinds.stream().anyMatch(k -> !k.headings().isEmpty());
        if (anyHeadings && (text.contains("固定標題") || text.contains("章節標題") || lower.contains("required headings"))) {
            boolean ordered = kinds.stream().anyMatch(k -> !k.headings().isEmpty() && k.ordered());
            return Optional.of(ordered ? "structure.*" : "structure.missing-heading; the rubric gives no order to check");
        }
        for (ChapterKind kind : kinds) {
            for (SectionRequirement requirement : kind.requirements()) {
                if (names(text, requirement.heading()) && requirement.check().restatedBy(text)) {
                    return Optional.of("section.* of '" + requirement.heading() + "'");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The headings whose minimum a part of a checklist line restates: the minimum of each section named before
     * "各"; else of the section the line names; else the one minimum of the rubric that the part restates.
     */
    private static Set<String> restatedBy(String part, String line, List<ChapterKind> kinds) {
        List<SectionRequirement> restating = new ArrayList<>();
        kinds.forEach(kind -> kind.requirements().stream().filter(r -> r.check().restatedBy(part)).forEach(restating::add));
        Set<String> found = new LinkedHashSet<>();
        Matcher each = EACH.matcher(part);
        if (each.find()) {
            for (String subject : each.group(1).split("/")) {
                restating.stream().filter(r -> startsAPart(r.heading(), subject.trim())).findFirst()
                        .ifPresent(r -> found.add(r.heading()));
            }
            return found.size() == each.group(1).split("/").length ? found : Set.of();
        }
        restating.stream().filter(r -> names(line, r.heading()) || names(part, r.heading()))
                .forEach(r -> found.add(r.heading()));
        // a part naming no section restates the one minimum that says what it says ("核心概念有「用 / 不用」對照"
        // in a rubric whose heading is `Core Concepts`), or a count only that minimum states
        boolean saysNoNumber = !ANY_DIGIT.matcher(part).matches();
        if (found.isEmpty() && ((restating.size() == 1 && saysNoNumber) || COUNT_STATED.matcher(part).find())) {
            restating.forEach(r -> found.add(r.heading()));
        }
        return found.size() == 1 ? found : Set.of();
    }

    /** Whether one of the heading's parts ("When NOT to Use / 不適用場景") starts with the subject ("不適用"). */
    private static boolean startsAPart(String heading, String subject) {
        if (subject.isEmpty()) {
            return false;
        }
        for (String part : heading.split("/")) {
            if (part.trim().startsWith(subject)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The checklist line is about this heading: it starts with the heading's English part ("Intent …"), or
     * its subject (the words before "至少" or "含") is part of the heading ("對照表至少 3 行").
     */
    static boolean names(String text, String heading) {
        String english = heading.split("/")[0].trim();
        if (!english.isEmpty() && (text.startsWith(english + " ") || text.startsWith(english + "："))) {
            return true;
        }
        Matcher subject = CHECKLIST_SUBJECT.matcher(text);
        return subject.find() && subject.group(1).trim().length() >= 2 && heading.contains(subject.group(1).trim());
    }
}
