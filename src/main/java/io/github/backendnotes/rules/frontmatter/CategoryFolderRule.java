package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.ValueConstraint;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;

/**
 * Where a rubric enumerates values that are exactly folder names of the series (the categories), a chapter's
 * value must be the folder it sits in.
 */
public final class CategoryFolderRule extends FrontMatterRule {

    public CategoryFolderRule() {
        super("frontmatter.category-folder", Severity.ERROR,
                "A field whose allowed values are the series' folder names equals the folder the chapter sits in.");
    }

    @Override
    void check(Note note, ChapterContext chapter, FieldRequirement requirement, FrontMatter.Field field, Findings out) {
        if (chapter == null || chapter.folderInSeries().isEmpty()) {
            return;
        }
        for (ValueConstraint.AllowedValues allowed : requirement.constraints(ValueConstraint.AllowedValues.class)) {
            if (!chapter.chapterFolders().containsAll(allowed.values())) {
                continue;
            }
            FieldValues.text(field.value())
                    .filter(text -> !text.equals(chapter.folderInSeries()))
                    .ifPresent(text -> out.report(this, field.value().line(), field.value().column(), "field '"
                            + requirement.name() + "' is '" + text + "' but the chapter is in folder '"
                            + chapter.folderInSeries() + "'"));
        }
    }
}
