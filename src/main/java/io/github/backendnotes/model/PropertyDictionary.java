package io.github.backendnotes.model;

import java.util.List;
import java.util.Set;

/**
 * The vault-wide conventions of a {@code Property Dictionary.md}, as far as they could be read.
 *
 * @param fields         "Required for all notes"
 * @param conditionals   "Conditional required fields"
 * @param snakeCaseNames "Markdown filename: snake_case"
 * @param datedNoteTypes note types whose file names are {@code YYYY-MM-DD_topic_slug.md} ("Briefing/daily filename")
 * @param topFolders     the "Folder layout" names; empty when the dictionary gives none
 */
public record PropertyDictionary(String file, List<FieldRequirement> fields, List<ConditionalRequirement> conditionals,
                                 boolean snakeCaseNames, Set<String> datedNoteTypes, List<String> topFolders,
                                 List<Rubric.RubricLine> enforced, List<Rubric.RubricLine> notChecked) {

    public PropertyDictionary {
        fields = List.copyOf(fields);
        conditionals = List.copyOf(conditionals);
        datedNoteTypes = Set.copyOf(datedNoteTypes);
        topFolders = List.copyOf(topFolders);
        enforced = List.copyOf(enforced);
        notChecked = List.copyOf(notChecked);
    }
}
