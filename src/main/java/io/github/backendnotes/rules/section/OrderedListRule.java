package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.SectionRequirement.OrderedList;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

public final class OrderedListRule extends SectionRule<OrderedList> {

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
