package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

import java.util.List;

public final class CrossReferenceRule extends MatrixRule {

    public CrossReferenceRule() {
        super("coverage.cross-reference-missing", Severity.ERROR,
                "Every path of the matrix' cross-reference lines (\"`a` <-> `b`\") exists.");
    }

    @Override
    void check(VaultContext vault, VaultContext.Matrix matrix, Findings out) {
        for (CoverageMatrix.CrossReference reference : matrix.matrix().crossReferences()) {
            for (String path : CrossReferences.paths(reference)) {
                if (!vault.index().isNote(matrix.resolve(path))) {
                    out.report(this, matrix.matrix().file(), series(vault, matrix), reference.line(), 1,
                            "cross-reference '" + path + "' does not exist", List.of(matrix.resolve(path)));
                }
            }
        }
    }
}
