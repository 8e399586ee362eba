package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.Locale;
import java.util.Optional;

public final class OrderedListRule extends SectionRule<OrderedListRule.OrderedList> {

    /** Reads "編號列表" and "numbered list". */
    public static final ClauseForm FORM = clause -> clause.contains("編號列表") || clause.contains("编号列表")
            || clause.toLowerCase(Locale.ROOT).contains("numbered list") ? Optional.of(new OrderedList()) : Optional.empty();

    /** An ordered list. */
    public record OrderedList() implements Check {
    }

    public OrderedListRule() {
        super("section.ordered-list", Severity.ERROR,
                "A section the rubric wants as numbered steps (\"編號列表\") has an ordered list.", OrderedList.class);
    }

    @Override
    String problem(SectionView section, OrderedList check) {
        for (Block block : section.allBlocks()) {
            if (block instanceof Block.ListBlock list && hasOrdered(list)) {
                return null;
            }
        }
        return "has no numbered list";
    }

    private static boolean hasOrdered(Block.ListBlock list) {
        return list.ordered() || list.items().stream().flatMap(i -> i.children().stream()).anyMatch(OrderedListRule::hasOrdered);
    }
}
