package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Heading;

import java.util.List;

/** Words shared by the structure rules' messages. */
final class HeadingContract {

    private HeadingContract() {
    }

    /** "after 'A' and before 'B'", "first, before 'B'" or "last, after 'A'", from the rubric's order. */
    static String neighbours(ChapterKind kind, int index) {
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

    /** The first H2 with this text, or null. */
    static Heading first(List<Heading> h2, String text) {
        for (Heading heading : h2) {
            if (heading.text().equals(text)) {
                return heading;
            }
        }
        return null;
    }
}
