package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

import java.util.List;

/** A row that is not pending must point at files that exist; a pending or planned row may name files to come. */
public final class MissingFileRule extends MatrixRule {

    public MissingFileRule() {
        super("coverage.missing-file", Severity.ERROR,
                "Every file or folder a coverage-matrix row names exists, unless the row is pending or planned.");
    }

    @Override
    void check(VaultContext vault, VaultContext.Matrix matrix, Findings out) {
        for (CoverageMatrix.Row row : matrix.matrix().rows()) {
            if (row.status() == CoverageMatrix.Status.PENDING) {
                continue;
            }
            for (CoverageMatrix.Entry entry : row.entries()) {
                if (!exists(vault, matrix, entry)) {
                    out.report(this, matrix.matrix().file(), series(vault, matrix), row.line(), 1, "row '"
                            + rowName(row) + "' is '" + row.statusText() + "' but '" + entry.path() + "' does not exist",
                            List.of(matrix.resolve(entry.path())));
                }
            }
        }
    }
}
