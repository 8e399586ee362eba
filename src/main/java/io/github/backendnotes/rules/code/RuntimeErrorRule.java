package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.snippets.Outcome;
import io.github.backendnotes.snippets.Program;

/** A chapter's program runs to a zero exit status within the output cap. */
public final class RuntimeErrorRule extends ProgramRule {

    public RuntimeErrorRule() {
        super("code.runtime-error", Severity.ERROR,
                "With runSnippets, a chapter's program exits with status 0 and stays within the output cap; the report gives the status and the first lines of standard error.");
    }

    @Override
    public void check(Program program, Outcome outcome, Findings out) {
        if (outcome.status() != Outcome.Status.RUNTIME_ERROR) {
            return;
        }
        String what = outcome.exitCode() >= 0
                ? "exits with status " + outcome.exitCode() + (outcome.detail().isEmpty() ? "" : ": " + outcome.detail())
                : outcome.detail();
        out.report(this, program.file(), program.series(), program.fenceLine(), 0, name(program) + " " + what);
    }
}
