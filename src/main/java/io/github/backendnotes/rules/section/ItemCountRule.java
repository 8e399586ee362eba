package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.ClauseForm;
import io.github.backendnotes.model.Digits;
import io.github.backendnotes.model.SectionRequirement.Check;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.SectionView;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public final class ItemCountRule extends SectionRule<ItemCountRule.ItemCount> {

    private static final Pattern AT_LEAST = Pattern.compile(
            "^(?:需|須)?(?:至少|at least)\\s*(?:列出)?\\s*(\\d+)\\s*(?:個|个|條|条|題|题|項|项|行|組|组|種|种|items?)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("^(\\d+)\\s*[-–~]\\s*(\\d+)\\s*(?:個|个|條|条|題|题|項|项|行|組|组|種|种|步)");

    /** Reads "至少 N 個/條/題/項/行/組/種", "at least N items" and "N-M 個". */
    public static final ClauseForm FORM = ItemCountRule::read;

    /**
     * List items, sub-headings or table rows; {@code max} is 0 when open; {@code what} the items' description
     * when it says more than a unit ("具體生產場景" of "至少 1 個具體生產場景"), else empty.
     */
    public record ItemCount(int min, int max, String what) implements Check {
        public ItemCount(int min, int max) {
            this(min, max, "");
        }

        @Override
        public boolean restatedBy(String checklistLine) {
            return restatesNumber(checklistLine, min) || restatesObject(checklistLine, what);
        }
    }

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

    static Optional<Check> read(String clause) {
        Matcher m = AT_LEAST.matcher(clause);
        if (m.find()) {
            return Optional.of(new ItemCount(Digits.value(m.group(1)), 0, described(clause.substring(m.end()))));
        }
        m = RANGE.matcher(clause);
        if (m.find()) {
            return Optional.of(new ItemCount(Digits.value(m.group(1)), Digits.value(m.group(2)),
                    described(clause.substring(m.end()))));
        }
        return Optional.empty();
    }
}
