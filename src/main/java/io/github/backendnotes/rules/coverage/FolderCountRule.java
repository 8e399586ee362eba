package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

import java.util.List;

public final class FolderCountRule extends MatrixRule {

    public FolderCountRule() {
        super("coverage.folder-count", Severity.ERROR,
                "A folder entry \"`dir/` (N files)\" holds N Markdown files (its sub-folders included).");
    }

    @Override
    void check(VaultContext vault, VaultContext.Matrix matrix, Findings out) {
        for (CoverageMatrix.Row row : matrix.matrix().rows()) {
            for (CoverageMatrix.Entry entry : row.entries()) {
                String folder = matrix.resolve(entry.path());
                if (entry.folderCount() < 0 || !entry.isFolder() || !vault.index().isFolder(folder)) {
                    continue;
                }
                int notes = vault.index().notesUnder(folder).size();
                if (notes != entry.folderCount()) {
                    out.report(this, matrix.matrix().file(), series(vault, matrix), row.line(), 1, "'" + entry.path()
                            + "' holds " + notes + " Markdown files; the row says " + entry.folderCount(), List.of(folder));
                }
            }
        }
    }
}
