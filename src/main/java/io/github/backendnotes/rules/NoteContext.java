package io.github.backendnotes.rules;

import io.github.backendnotes.model.ConditionalRequirement;
import io.github.backendnotes.model.FieldRequirement;

import java.util.List;

/**
 * What a rule knows about the note it checks besides the note itself.
 *
 * @param chapter      the series context when the note is a chapter, otherwise {@code null}
 * @param fields       the front-matter fields the note must carry: its rubric's table, completed by the
 *                     property dictionary (the rubric wins for a field both name)
 * @param conditionals the dictionary's fields that are required when a condition holds
 */
public record NoteContext(ChapterContext chapter, List<FieldRequirement> fields, List<ConditionalRequirement> conditionals) {

    public static final NoteContext NONE = new NoteContext(null, List.of(), List.of());

    public NoteContext {
        fields = List.copyOf(fields);
        conditionals = List.copyOf(conditionals);
    }

    /** A chapter under its rubric alone. */
    public static NoteContext of(ChapterContext chapter) {
        return chapter == null ? NONE : new NoteContext(chapter, chapter.rubric().fields(), List.of());
    }

    public String seriesName() {
        return chapter == null ? null : chapter.seriesName();
    }
}
