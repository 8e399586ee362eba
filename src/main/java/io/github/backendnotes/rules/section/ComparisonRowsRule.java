package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.SectionRequirement.TableRows;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

public final class ComparisonRowsRule extends SectionRule<TableRows> {

    public ComparisonRowsRule() {
        super("section.comparison-rows", Severity.ERROR,
                "A comparison section (\"至少 N 個面向的比較\") has a table with at least N body rows.", TableRows.class);
    }

    @Override
    String problem(SectionView section, TableRows check) {
        int rows = section.allBlocks().stream().filter(b -> b instanceof Block.Table)
                .mapToInt(b -> ((Block.Table) b).rows().size()).max().orElse(-1);
        if (rows < 0) {
            return "has no table";
        }
        return rows < check.min() ? "has a table of " + plural(rows, "row") : null;
    }
}
