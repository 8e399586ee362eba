package io.github.backendnotes.rules.structure;

import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Heading;

import java.util.List;

/** Words shared by the structure rules' messages. */
final class HeadingContract {

    private HeadingContract() {
    }

    /**
     * "after 'A' and before 'B'", "first, before 'B'" or "last, after 'A'", from the rubric's order; for a kind whose
     * rubric gives no order, where the rubric names the heading.
     */
    static String neighbours(ChapterKind kind, int index) {
        if (!kind.ordered()) {
            ChapterKind.RequiredHeading heading = kind.headings().get(index);
            return heading.inferred() ? "inferred: " + heading.agreeing() + " of " + heading.chapters()
                    + " chapters have it" : "required by the rubric's chapter contract, line " + heading.line();
        }
        List<String> texts = kind.headingTexts();
        boolean first = index == 0;
        boolean last = index == texts.size() - 1;
        if (first && last) {
            return "as the only required heading";
        }
        if (first) {
            return "first, before '" + texts.get(index + 1) + "'";
        }
        if (last) {
            return "last, after '" + texts.get(index - 1) + "'";
        }
        return "after '" + texts.get(index - 1) + "' and before '" + texts.get(index + 1) + "'";
    }

    /** The first H2 that is this required heading (a suffix allowed), or null. */
    static Heading first(List<Heading> h2, String text) {
        return ChapterKinds.first(h2, text);
    }
}
