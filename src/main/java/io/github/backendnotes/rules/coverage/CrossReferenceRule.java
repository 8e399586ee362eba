package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

import java.util.List;

public final class CrossReferenceRule extends MatrixRule {

    public CrossReferenceRule() {
        super("coverage.cross-reference-missing", Severity.ERROR,
                "Every path of the matrix' cross-reference lines (\"`a` <-> `b`\") exists. A path that is not one "
                        + "(no file extension: `rust/17_3-17_6`) is reported as such; a file that a Pending row of the "
                        + "matrix plans is not reported (the row's own missing file is an info of coverage.missing-file).");
    }

    /** A note's path names a file: its last segment has an extension ("a/b.md"). */
    static boolean isPath(String path) {
        String last = path.substring(path.lastIndexOf('/') + 1);
        return last.matches(".+\\.[A-Za-z0-9]+");
    }

    /** A file a Pending row of the matrix lists: its absence is the plan, not a broken reference. */
    private static boolean planned(CoverageMatrix matrix, String path) {
        return matrix.rows().stream().filter(row -> row.status() == CoverageMatrix.Status.PENDING)
                .flatMap(row -> row.entries().stream()).anyMatch(entry -> entry.path().equals(path));
    }

    @Override
    void check(VaultContext vault, VaultContext.Matrix matrix, Findings out) {
        for (CoverageMatrix.CrossReference reference : matrix.matrix().crossReferences()) {
            for (String path : CrossReferences.paths(reference)) {
                String resolved = matrix.resolve(path);
                if (vault.index().isNote(resolved) || planned(matrix.matrix(), path)) {
                    continue;
                }
                String problem = isPath(path) ? "does not exist"
                        : "is not a path to a note (expected a file such as `folder/01_topic.md`)";
                out.report(this, matrix.matrix().file(), series(vault, matrix), reference.line(), 1,
                        "cross-reference '" + path + "' " + problem, List.of(resolved));
            }
        }
    }
}
