package io.github.backendnotes.rules.coverage;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

import java.util.ArrayList;
import java.util.List;

/** A series' matrix covers every chapter of the series and of the series nested in it, by file or by folder. */
public final class UncoveredChapterRule extends MatrixRule {

    public UncoveredChapterRule() {
        super("coverage.uncovered-chapter", Severity.ERROR,
                "Every chapter of a series and of its nested series is covered by a row of the series' coverage matrix.");
    }

    @Override
    void check(VaultContext vault, VaultContext.Matrix matrix, Findings out) {
        Series series = matrix.series();
        if (series == null || matrix.matrix().rows().isEmpty()) {
            return; // a matrix outside a series has no chapter list to cover
        }
        List<String> chapters = new ArrayList<>(series.chapters());
        vault.nestedIn(series).forEach(nested -> chapters.addAll(nested.chapters()));
        int line = matrix.matrix().rows().get(0).line();
        List<Covering> covering = new ArrayList<>();
        for (CoverageMatrix.Row row : matrix.matrix().rows()) {
            for (CoverageMatrix.Entry entry : row.entries()) {
                covering.add(new Covering(matrix.resolve(entry.path()), entry.isFolder()));
            }
        }
        for (String chapter : chapters) {
            if (!covered(covering, chapter)) {
                out.report(this, matrix.matrix().file(), series.name(), line, 1, "chapter '"
                        + relativeTo(matrix.folder(), chapter) + "' is in no row of the matrix", List.of(chapter));
            }
        }
    }

    /** A matrix entry with its path resolved: once a matrix, not once a chapter. */
    private record Covering(String path, boolean folder) {
    }

    private static boolean covered(List<Covering> covering, String chapter) {
        for (Covering entry : covering) {
            if (entry.folder() ? PathNames.isUnder(chapter, entry.path()) : entry.path().equals(chapter)) {
                return true;
            }
        }
        return false;
    }

    private static String relativeTo(String folder, String path) {
        return folder.isEmpty() ? path : path.substring(folder.length() + 1);
    }
}
