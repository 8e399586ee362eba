package io.github.backendnotes.rules.naming;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.VaultContext;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * File names follow the property dictionary's naming rules: snake_case, and {@code YYYY-MM-DD_topic_slug.md}
 * for the note types it names (briefings, dailies). Readmes, index files and the dictionary itself are exempt.
 */
public final class FileNameRule extends NoteRule {

    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z0-9]+(?:_[a-z0-9]+)*");
    private static final Pattern DATED = Pattern.compile("\\d{4}-\\d{2}-\\d{2}_[a-z0-9]+(?:_[a-z0-9]+)*");

    public FileNameRule() {
        super("naming.file-name", Severity.WARNING,
                "A note's file name follows the property dictionary: snake_case, or YYYY-MM-DD_topic_slug.md for the "
                        + "note types it names.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        PropertyDictionary dictionary = context.dictionary();
        if (dictionary == null || VaultContext.isEntryPoint(note.path()) || note.path().equals(dictionary.file())) {
            return;
        }
        String name = PathNames.fileName(note.path());
        String stem = name.substring(0, name.length() - 3);
        String noteType = note.frontMatterIfPresent().flatMap(f -> f.text("note_type"))
                .map(t -> t.trim().toLowerCase(Locale.ROOT)).orElse("");
        if (dictionary.datedNoteTypes().contains(noteType)) {
            if (!DATED.matcher(stem).matches()) {
                out.report(this, 1, 1, "file name '" + name + "' of a " + noteType
                        + " note is not YYYY-MM-DD_topic_slug.md (dictionary naming rules)");
            }
        } else if (dictionary.snakeCaseNames() && !SNAKE_CASE.matcher(stem).matches()) {
            out.report(this, 1, 1, "file name '" + name + "' is not snake_case (dictionary naming rules)");
        }
    }
}
