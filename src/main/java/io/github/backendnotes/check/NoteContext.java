package io.github.backendnotes.check;

import io.github.backendnotes.model.ConditionalRequirement;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.PropertyDictionary;

import java.util.List;
import java.util.Optional;

/**
 * What a rule knows about the note it checks besides the note itself.
 *
 * @param chapter      the series context when the note is a chapter, otherwise {@code null}
 * @param fields       the front-matter fields the note must carry: its rubric's table, completed by the
 *                     property dictionary (the rubric wins for a field both name)
 * @param conditionals the dictionary's fields that are required when a condition holds
 * @param dictionary   the property dictionary, for its naming rules; {@code null} when there is none or the note is
 *                     a template
 * @param kind         the chapter kind the note matches, once known ({@code null}: not decided yet)
 */
public record NoteContext(ChapterContext chapter, List<FieldRequirement> fields, List<ConditionalRequirement> conditionals,
                          PropertyDictionary dictionary, Optional<ChapterKinds.Match> kind) {

    public static final NoteContext NONE = new NoteContext(null, List.of(), List.of(), null, null);

    public NoteContext {
        fields = List.copyOf(fields);
        conditionals = List.copyOf(conditionals);
    }

    /** A chapter under its rubric alone. */
    public static NoteContext of(ChapterContext chapter) {
        return chapter == null ? NONE : new NoteContext(chapter, chapter.rubric().fields(), List.of(), null, null);
    }

    /**
     * A note under the property dictionary: a chapter's rubric fields win over the dictionary's fields of the
     * same name; the dictionary completes them.
     */
    public static NoteContext under(PropertyDictionary dictionary, ChapterContext chapter) {
        if (dictionary == null) {
            return of(chapter);
        }
        List<FieldRequirement> fields = new java.util.ArrayList<>(chapter == null ? List.of() : chapter.rubric().fields());
        java.util.Set<String> named = new java.util.HashSet<>();
        fields.forEach(f -> named.add(f.name()));
        dictionary.fields().stream().filter(f -> !named.contains(f.name())).forEach(fields::add);
        List<ConditionalRequirement> conditionals = dictionary.conditionals().stream()
                .filter(c -> !named.contains(c.field())).toList();
        return new NoteContext(chapter, fields, conditionals, dictionary, null);
    }

    /** The context with the chapter's kind decided once for {@code note}, so that each rule need not decide it. */
    public NoteContext withKindOf(Note note) {
        return chapter == null ? this : new NoteContext(chapter, fields, conditionals, dictionary, kindOf(note));
    }

    /** The chapter kind of its rubric that the note matches best; empty for a note that is not a chapter. */
    public Optional<ChapterKinds.Match> kindOf(Note note) {
        if (kind != null) {
            return kind;
        }
        return chapter == null ? Optional.empty() : ChapterKinds.match(chapter.rubric(), note);
    }

    public String seriesName() {
        return chapter == null ? null : chapter.seriesName();
    }
}
