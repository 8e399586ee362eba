package io.github.backendnotes.rules;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;

/** A rule that reads one note at a time; it may run on any worker thread, so it keeps no state. */
public abstract class NoteRule extends Rule {

    protected NoteRule(String id, Severity defaultSeverity, String description) {
        super(id, defaultSeverity, description);
    }

    /**
     * @param chapter the series context when the note is a chapter of a series, otherwise {@code null}
     */
    public abstract void check(Note note, ChapterContext chapter, FindingSink out);
}
