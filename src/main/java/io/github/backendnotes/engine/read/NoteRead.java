package io.github.backendnotes.engine.read;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.NoteSummary;

/**
 * A note as read: parsed, or taken from the cache ({@code note} the whole note, or only {@code indexed} when that is
 * all the run needs of it); {@code contentHash} is null when the run keeps no cache.
 */
public record NoteRead(Note note, NoteSummary indexed, String contentHash) {

    /** A note read without the cache. */
    public static NoteRead of(Note note) {
        return new NoteRead(note, null, null);
    }
}
