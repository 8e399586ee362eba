package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.snippets.Outcome;
import io.github.backendnotes.snippets.Program;

/** Says which programs were not run and why: no toolchain, one too old, or packages that cannot be had. */
public final class NotRunRule extends ProgramRule {

    public NotRunRule() {
        super("code.not-run", Severity.INFO,
                "With runSnippets, a program that could not be compiled says why: no toolchain on the PATH, one older than the rubric asks for, or crates or modules it needs that cannot be had (named).");
    }

    @Override
    public void check(Program program, Outcome outcome, Findings out) {
        if (outcome.status() == Outcome.Status.NOT_RUN) {
            out.report(this, program.file(), program.series(), program.fenceLine(), 0,
                    name(program) + " was not run: " + outcome.detail());
        }
    }
}
