package io.github.backendnotes.check;

import io.github.backendnotes.model.Rule;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;

/** A rule that reads one note at a time; it may run on any worker thread, so it keeps no state. */
public abstract class NoteRule extends Rule {

    protected NoteRule(String id, Severity defaultSeverity, String description) {
        super(id, defaultSeverity, description);
    }

    /**
     * @param context the series context (when the note is a chapter) and the front-matter fields it must carry
     */
    public abstract void check(Note note, NoteContext context, Findings out);
}
