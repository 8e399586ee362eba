package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.ChapterContext;
import io.github.backendnotes.rules.ChapterKinds;
import io.github.backendnotes.rules.FindingSink;
import io.github.backendnotes.rules.NoteContext;
import io.github.backendnotes.rules.NoteRule;

public final class ChapterKindRule extends NoteRule {

    public ChapterKindRule() {
        super("structure.chapter-kind", Severity.INFO,
                "A chapter matches one of its rubric's chapter kinds; when it matches none well, says which was assumed.");
    }

    @Override
    public void check(Note note, NoteContext context, FindingSink out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null) {
            return;
        }
        ChapterKinds.match(chapter.rubric(), note).filter(ChapterKinds.Match::poor).ifPresent(match ->
                out.report(this, 1, 1, "matches no chapter kind of the rubric well; assumed '" + match.kind().label()
                        + "' (" + match.present() + " of its " + match.required() + " required headings present)"));
    }
}
