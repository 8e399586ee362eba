package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;

import java.util.Locale;

/**
 * Base of the rules that check a "Code Snippet Standards" line a code form read, on every code block of a
 * chapter. Each rule holds its form ({@code FORM}, a whole-line form) and the record of its check.
 */
abstract class CodeStandardRule<T extends SectionRequirement.CodeCheck> extends NoteRule {

    private final Class<T> checkType;

    CodeStandardRule(String id, Severity severity, String description, Class<T> checkType) {
        super(id, severity, description);
        this.checkType = checkType;
    }

    @Override
    public final void check(Note note, NoteContext context, Findings out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null) {
            return;
        }
        for (SectionRequirement requirement : chapter.rubric().code().checks()) {
            if (checkType.isInstance(requirement.check())) {
                T check = checkType.cast(requirement.check());
                for (Block.CodeBlock code : note.codeBlocks()) {
                    String problem = problem(note, code, code.language().toLowerCase(Locale.ROOT), check);
                    if (problem != null) {
                        out.report(this, code.line(), 1, problem + "; rubric: " + requirement.rubricText());
                    }
                }
            }
        }
    }

    /** What the code block breaks, phrased as a sentence start ("svelte code uses …"), or null. */
    abstract String problem(Block.CodeBlock code, String language, T check);

    /** The same, for a rule that also reads which chapter the block is in. */
    String problem(Note note, Block.CodeBlock code, String language, T check) {
        return problem(code, language, check);
    }
}
