package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Rule;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.snippets.Language;
import io.github.backendnotes.snippets.Outcome;
import io.github.backendnotes.snippets.Program;

/**
 * A rule on what became of a chapter's program once compiled and run (with {@code runSnippets}): each reads one
 * outcome and reports on the program's note.
 */
public abstract class ProgramRule extends Rule {

    protected ProgramRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    /** Reports on the program's note when the outcome is this rule's concern. */
    public abstract void check(Program program, Outcome outcome, Findings out);

    static String name(Program program) {
        return program.language() == Language.RUST ? "the Rust program" : "the Go program";
    }
}
