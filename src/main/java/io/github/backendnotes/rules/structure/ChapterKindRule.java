package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.Findings;

public final class ChapterKindRule extends StructureRule {

    public ChapterKindRule() {
        super("structure.chapter-kind", Severity.INFO,
                "A chapter matches one of its rubric's chapter kinds; when it matches none well, says which was assumed.");
    }

    @Override
    void check(Note note, ChapterKinds.Match match, Findings out) {
        if (match.poor()) {
            out.report(this, 1, 1, "matches no chapter kind of the rubric well; assumed '" + match.kind().label()
                    + "' (" + match.present() + " of its " + match.required() + " required headings present)");
        }
    }
}
