package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class OrderedListRule extends SectionRule<OrderedListRule.OrderedList> {

    /** A step number opening a sub-heading or a bold lead: "1. …", "1) …", "Step 1 — …", "步驟 1：…". */
    private static final Pattern STEP_NUMBER = Pattern.compile("^(?:(?i:step)\\s*|步驟\\s*|第\\s*)?(\\d{1,2})(?:[.)、:：]|\\s*[—–-]|\\s*步|\\s)");

    /** Reads "編號列表" and "numbered list". */
    public static final ClauseForm FORM = clause -> clause.contains("編號列表") || clause.contains("编号列表")
            || clause.toLowerCase(Locale.ROOT).contains("numbered list") ? Optional.of(new OrderedList()) : Optional.empty();

    /** An ordered list. */
    public record OrderedList() implements Check {
        private static final Pattern ABOUT_STEPS = Pattern.compile(".*(?:步驟式|步骤式|編號|编号|(?i:numbered|step-by-step)).*");

        /** "步驟式說明" (a step-wise explanation) and "numbered steps" say what the numbered list is. */
        @Override
        public boolean restatedBy(String checklistLine) {
            return ABOUT_STEPS.matcher(checklistLine).matches();
        }
    }

    public OrderedListRule() {
        super("section.ordered-list", Severity.ERROR,
                "A section the rubric wants as numbered steps (\"編號列表\") has them: a Markdown ordered list, "
                        + "sub-headings numbered 1, 2, … (\"### 1. …\"), or bold-led paragraphs numbered so (\"**1. …**\", \"**Step 1 —**\").", OrderedList.class);
    }

    @Override
    String problem(SectionView section, OrderedList check) {
        for (Block block : section.allBlocks()) {
            if (block instanceof Block.ListBlock list && hasOrdered(list)) {
                return null;
            }
        }
        return numberedInSequence(section) ? null : "has no numbered list";
    }

    /** Sub-headings, or else bold-led paragraphs, that open with the numbers 1, 2, … in order. */
    private static boolean numberedInSequence(SectionView section) {
        List<String> headings = section.subsections().stream().map(s -> s.heading().text()).toList();
        List<String> leads = new ArrayList<>();
        for (Block block : section.allBlocks()) {
            if (block instanceof Block.Paragraph paragraph && paragraph.boldLead()) {
                leads.add(paragraph.text());
            }
        }
        return counts(headings) || counts(leads);
    }

    /**
     * Whether the texts that open with a number number 1 and 2 at least, each the one before plus one or 1 again
     * (each sub-heading may number its own steps).
     */
    private static boolean counts(List<String> texts) {
        int last = 0;
        int highest = 0;
        for (String text : texts) {
            Matcher number = STEP_NUMBER.matcher(text.trim());
            if (number.find()) {
                int n = Digits.value(number.group(1));
                if (n != last + 1 && n != 1) {
                    return false;
                }
                last = n;
                highest = Math.max(highest, n);
            }
        }
        return highest >= 2;
    }

    private static boolean hasOrdered(Block.ListBlock list) {
        return list.ordered() || list.items().stream().flatMap(i -> i.children().stream()).anyMatch(OrderedListRule::hasOrdered);
    }
}
