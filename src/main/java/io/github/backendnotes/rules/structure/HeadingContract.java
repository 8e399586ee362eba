package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Heading;

import java.util.List;

/** Words shared by the structure rules' messages. */
final class HeadingContract {

    private HeadingContract() {
    }

    /** "after 'A' and before 'B'", from the rubric's order. */
    static String neighbours(ChapterKind kind, int index) {
        List<String> texts = kind.headingTexts();
        String after = index > 0 ? "after '" + texts.get(index - 1) + "'" : "first";
        String before = index < texts.size() - 1 ? "before '" + texts.get(index + 1) + "'" : "last";
        return after + " and " + before;
    }

    /** The first H2 with this text, or null. */
    static Heading first(List<Heading> h2, String text) {
        return h2.stream().filter(h -> h.text().equals(text)).findFirst().orElse(null);
    }
}
