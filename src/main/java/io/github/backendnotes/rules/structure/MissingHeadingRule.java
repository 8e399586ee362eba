package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.Findings;

import java.util.List;

public final class MissingHeadingRule extends StructureRule {

    public MissingHeadingRule() {
        super("structure.missing-heading", Severity.ERROR,
                "Every H2 heading the chapter's kind requires is present (text compared after trimming; a suffix after a "
                        + "space or parenthesis is allowed).");
    }

    @Override
    void check(Note note, ChapterKinds.Match match, Findings out) {
        ChapterKind kind = match.kind();
        List<Heading> h2 = ChapterKinds.h2(note);
        List<String> required = kind.headingTexts();
        for (int i = 0; i < required.size(); i++) {
            if (HeadingContract.first(h2, required.get(i)) == null) {
                out.report(this, lineOfNextPresent(h2, required, i), 1, "missing heading '" + required.get(i)
                        + "' (" + kind.label() + ": " + (kind.ordered() ? "expected " : "")
                        + HeadingContract.neighbours(kind, i) + ")");
            }
        }
    }

    /** Where the heading belongs: the line of the next required heading that is present, else the last H2. */
    private static int lineOfNextPresent(List<Heading> h2, List<String> required, int index) {
        for (int j = index + 1; j < required.size(); j++) {
            Heading next = HeadingContract.first(h2, required.get(j));
            if (next != null) {
                return next.line();
            }
        }
        return h2.isEmpty() ? 1 : h2.get(h2.size() - 1).line();
    }
}
