package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ComparisonRowsRule extends SectionRule<ComparisonRowsRule.TableRows> {

    private static final Pattern TABLE_ROWS = Pattern.compile("^(?:需|須)?至少\\s*(\\d+)\\s*(?:個|项|項)?\\s*面向");

    /** Reads "至少 N 個面向的比較". */
    public static final ClauseForm FORM = clause -> {
        Matcher m = TABLE_ROWS.matcher(clause);
        return m.find() ? Optional.of(new TableRows(Digits.value(m.group(1)))) : Optional.empty();
    };

    /** A table with at least {@code min} body rows. */
    public record TableRows(int min) implements Check {
        @Override
        public boolean restatedBy(String checklistLine) {
            return restatesNumber(checklistLine, min);
        }
    }

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
