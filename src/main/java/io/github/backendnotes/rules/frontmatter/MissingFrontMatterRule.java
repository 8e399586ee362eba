package io.github.backendnotes.rules.frontmatter;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

public final class MissingFrontMatterRule extends NoteRule {

    public MissingFrontMatterRule() {
        super("frontmatter.missing", Severity.ERROR,
                "A note that must carry front-matter fields (a chapter whose rubric has a table, any note under the property dictionary) starts with a front-matter block.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        if (!context.fields().isEmpty() && note.frontMatter() == null && note.problems().isEmpty()) {
            String subject = context.chapter() != null ? "chapter has no front matter; its rubric"
                    : "note has no front matter; the property dictionary";
            int count = context.fields().size();
            out.report(this, 1, 1, subject + " requires " + count + (count == 1 ? " field (" : " fields (") + String.join(", ", context.fields().stream().map(f -> f.name()).toList()) + ")");
        }
    }
}
