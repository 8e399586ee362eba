package io.github.backendnotes.rules.code;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.snippets.ExpectedOutput;
import io.github.backendnotes.snippets.Outcome;
import io.github.backendnotes.snippets.OutputComparison;
import io.github.backendnotes.snippets.Program;

import java.util.List;

/** What a chapter's program prints is what its trailing {@code // Output:} block shows. */
public final class OutputMismatchRule extends ProgramRule {

    public OutputMismatchRule() {
        super("code.output-mismatch", Severity.ERROR,
                "With runSnippets, a chapter's program prints what its trailing `// Output:` block shows (in any order for an unordered block; a varying block is not compared).");
    }

    @Override
    public void check(Program program, Outcome outcome, Findings out) {
        ExpectedOutput expected = program.expected();
        if (outcome.status() != Outcome.Status.RAN || expected == null || program.compileOnly()) {
            return;
        }
        List<String> differences = OutputComparison.differences(expected, outcome.stdout());
        if (!differences.isEmpty()) {
            String block = expected.mode() == ExpectedOutput.Mode.UNORDERED ? "its unordered output block" : "its output block";
            out.report(this, program.file(), program.series(), program.noteLine(expected.marker()), 0,
                    name(program) + " prints other lines than " + block + " shows: " + String.join("; ", differences));
        }
    }
}
