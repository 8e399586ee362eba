package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

/** Base of the rules that read a coverage matrix; paths in a matrix are relative to its folder. */
abstract class MatrixRule extends VaultRule {

    MatrixRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(VaultContext vault, Findings out) {
        for (VaultContext.Matrix matrix : vault.matrices()) {
            check(vault, matrix, out);
        }
    }

    abstract void check(VaultContext vault, VaultContext.Matrix matrix, Findings out);

    static String series(VaultContext vault, VaultContext.Matrix matrix) {
        return matrix.series() != null ? matrix.series().name()
                : vault.seriesOf(matrix.matrix().file()).map(Series::name).orElse(null);
    }

    /** Whether the entry names something that exists: a note or file, or a folder for "dir/". */
    static boolean exists(VaultContext vault, VaultContext.Matrix matrix, CoverageMatrix.Entry entry) {
        String path = matrix.resolve(entry.path());
        return entry.isFolder() ? vault.index().isFolder(path) : vault.index().exists(path) && !vault.index().isFolder(path);
    }

    static String rowName(CoverageMatrix.Row row) {
        return row.topic().isBlank() ? row.area() : row.topic();
    }
}
