package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.rules.ChapterContext;
import io.github.backendnotes.rules.FindingSink;
import io.github.backendnotes.rules.NoteRule;

public final class MissingFrontMatterRule extends NoteRule {

    public MissingFrontMatterRule() {
        super("frontmatter.missing", Severity.ERROR,
                "A chapter whose rubric has a front-matter table must start with a front-matter block.");
    }

    @Override
    public void check(Note note, ChapterContext chapter, FindingSink out) {
        if (chapter != null && !chapter.rubric().fields().isEmpty() && note.frontMatter() == null
                && note.problems().isEmpty()) {
            out.report(this, 1, 1, "chapter has no front matter; its rubric requires "
                    + chapter.rubric().fields().size() + " fields ("
                    + String.join(", ", chapter.rubric().fields().stream().map(f -> f.name()).toList()) + ")");
        }
    }
}
