package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.snippets.Outcome;
import io.github.backendnotes.snippets.Program;

/** A chapter's program ends within the time limit. */
public final class TimeoutRule extends ProgramRule {

    public TimeoutRule() {
        super("code.timeout", Severity.ERROR,
                "With runSnippets, a chapter's program compiles and ends within the time limit (snippets.timeoutSeconds).");
    }

    @Override
    public void check(Program program, Outcome outcome, Findings out) {
        if (outcome.status() == Outcome.Status.TIMEOUT) {
            out.report(this, program.file(), program.series(), program.fenceLine(), 0,
                    name(program) + " " + outcome.detail());
        }
    }
}
