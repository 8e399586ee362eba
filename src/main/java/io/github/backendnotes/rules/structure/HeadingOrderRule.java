package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.Findings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The required headings present appear in the rubric's order, where the rubric gives one (an ordered list of
 * headings); a contract stated in prose names its headings in bullets, which gives no order. The headings reported are those outside the
 * longest run already in order, so one moved heading gives one finding, not one per heading it passed.
 */
public final class HeadingOrderRule extends StructureRule {

    public HeadingOrderRule() {
        super("structure.heading-order", Severity.ERROR, "The required H2 headings appear in the order the rubric gives.");
    }

    @Override
    void check(Note note, ChapterKinds.Match match, Findings out) {
        ChapterKind kind = match.kind();
        if (!kind.ordered()) {
            return; // a contract stated in prose gives no order to check
        }
        List<String> required = kind.headingTexts();
        // first occurrence of each required heading, in document order, as its rubric index
        List<Heading> present = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (Heading heading : ChapterKinds.h2(note)) {
            int index = ChapterKinds.indexOf(required, heading.text());
            if (index >= 0 && !order.contains(index)) {
                present.add(heading);
                order.add(index);
            }
        }
        boolean[] inOrder = longestIncreasing(order);
        for (int i = 0; i < order.size(); i++) {
            if (!inOrder[i]) {
                out.report(this, present.get(i).line(), 1, "heading '" + present.get(i).text()
                        + "' is out of order (" + kind.label() + ": expected "
                        + HeadingContract.neighbours(kind, order.get(i)) + ")");
            }
        }
    }

    /** Marks one longest strictly increasing subsequence of {@code values}. */
    static boolean[] longestIncreasing(List<Integer> values) {
        int n = values.size();
        int[] length = new int[n];
        int[] previous = new int[n];
        int bestEnd = -1;
        for (int i = 0; i < n; i++) {
            length[i] = 1;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (values.get(j) < values.get(i) && length[j] + 1 > length[i]) {
                    length[i] = length[j] + 1;
                    previous[i] = j;
                }
            }
            if (bestEnd < 0 || length[i] > length[bestEnd]) {
                bestEnd = i;
            }
        }
        boolean[] marked = new boolean[n];
        Arrays.fill(marked, false);
        for (int i = bestEnd; i >= 0; i = previous[i]) {
            marked[i] = true;
        }
        return marked;
    }
}
