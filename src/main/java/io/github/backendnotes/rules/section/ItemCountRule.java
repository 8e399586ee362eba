package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.SectionRequirement.ItemCount;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

public final class ItemCountRule extends SectionRule<ItemCount> {

    public ItemCountRule() {
        super("section.item-count", Severity.ERROR,
                "A section has the number of items its rubric line asks for (\"至少 N 條\", \"N-M 個\"): list items, "
                        + "sub-headings or table rows.", ItemCount.class);
    }

    @Override
    String problem(SectionView section, ItemCount check) {
        int items = section.itemCount();
        if (items < check.min() || (check.max() > 0 && items > check.max())) {
            return "has " + plural(items, "item");
        }
        return null;
    }
}
