package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

import java.util.List;

/** A pending row whose files all exist and have no error finding may be done already. */
public final class StaleStatusRule extends MatrixRule {

    public StaleStatusRule() {
        super("coverage.stale-status", Severity.INFO,
                "A pending coverage-matrix row whose files exist and meet their rubric may be marked done.");
    }

    @Override
    void check(VaultContext vault, VaultContext.Matrix matrix, Findings out) {
        for (CoverageMatrix.Row row : matrix.matrix().rows()) {
            if (row.status() != CoverageMatrix.Status.PENDING || row.entries().isEmpty()) {
                continue;
            }
            boolean complete = true;
            for (CoverageMatrix.Entry entry : row.entries()) {
                String path = matrix.resolve(entry.path());
                List<String> files = entry.isFolder() ? vault.index().notesUnder(path) : List.of(path);
                if (files.isEmpty() || files.stream().anyMatch(f -> !vault.index().isNote(f) || vault.filesWithErrors().contains(f))) {
                    complete = false;
                    break;
                }
            }
            if (complete) {
                out.report(this, matrix.matrix().file(), series(vault, matrix), row.line(), 1, "row '" + rowName(row)
                        + "' is '" + row.statusText() + "' but its files exist and meet their rubric; status may be stale",
                        row.entries().stream().map(entry -> matrix.resolve(entry.path())).toList());
            }
        }
    }
}
