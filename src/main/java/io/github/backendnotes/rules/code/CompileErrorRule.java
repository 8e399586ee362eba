package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.snippets.Outcome;
import io.github.backendnotes.snippets.Program;

/** A chapter's program compiles; the compiler's first error is reported at the note's line it names. */
public final class CompileErrorRule extends ProgramRule {

    public CompileErrorRule() {
        super("code.compile-error", Severity.ERROR,
                "With runSnippets, a chapter's whole program compiles; the compiler's first error is reported at its line in the note.");
    }

    @Override
    public void check(Program program, Outcome outcome, Findings out) {
        if (outcome.status() != Outcome.Status.COMPILE_ERROR) {
            return;
        }
        boolean located = outcome.line() >= 0;
        out.report(this, program.file(), program.series(), located ? program.noteLine(outcome.line()) : program.fenceLine(),
                located ? outcome.column() : 0, name(program) + " does not compile: " + outcome.detail());
    }
}
