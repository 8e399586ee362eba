package io.github.backendnotes.rules.code;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;

public final class LanguageTagRule extends NoteRule {

    public LanguageTagRule() {
        super("code.language-tag", Severity.ERROR,
                "Where the rubric's code standards require it, every fenced code block of a chapter names its language.");
    }

    @Override
    public void check(Note note, NoteContext context, Findings out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null || !chapter.rubric().code().languageTagRequired()) {
            return;
        }
        for (Block.CodeBlock code : note.codeBlocks()) {
            if (code.fenced() && code.language().isEmpty()) {
                out.report(this, code.line(), 1, "fenced code block has no language tag; the rubric's code standards require one");
            }
        }
    }
}
