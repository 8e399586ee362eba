package io.github.backendnotes.rules.structure;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

/** Base of the rules that check a chapter's headings against the kind of its rubric it matches best. */
abstract class StructureRule extends NoteRule {

    StructureRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(Note note, NoteContext context, Findings out) {
        context.kindOf(note).ifPresent(match -> check(note, match, out));
    }

    abstract void check(Note note, ChapterKinds.Match match, Findings out);
}
