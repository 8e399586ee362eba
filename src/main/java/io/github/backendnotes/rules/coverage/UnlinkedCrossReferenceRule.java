package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.LinkResolver;

import java.util.List;

/** "`a` <-> `b`": the matrix promises the two notes refer to each other; at least one should link the other. */
public final class UnlinkedCrossReferenceRule extends MatrixRule {

    public UnlinkedCrossReferenceRule() {
        super("coverage.cross-reference-unlinked", Severity.WARNING,
                "For each pair of a cross-reference line, at least one of the two notes links to the other.");
    }

    @Override
    void check(VaultContext vault, VaultContext.Matrix matrix, Findings out) {
        for (CoverageMatrix.CrossReference reference : matrix.matrix().crossReferences()) {
            for (String left : reference.left()) {
                for (String right : reference.right()) {
                    String a = matrix.resolve(left);
                    String b = matrix.resolve(right);
                    if (vault.index().isNote(a) && vault.index().isNote(b)
                            && !linksTo(vault, a, b) && !linksTo(vault, b, a)) {
                        out.report(this, matrix.matrix().file(), series(vault, matrix), reference.line(), 1, "'" + left
                                + "' and '" + right + "' do not link to each other", List.of(a, b));
                    }
                }
            }
        }
    }

    private static boolean linksTo(VaultContext vault, String from, String target) {
        for (LinkResolver.Resolution resolution : vault.resolutions(from)) {
            if (target.equals(resolution.target()) && resolution.outcome() != LinkResolver.Outcome.MISSING) {
                return true;
            }
        }
        return false;
    }
}
