package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;

import java.util.function.BiConsumer;

/** The console view: one compiler-style line per finding, rubric coverage per series, then the counts. */
public final class ConsoleReport {

    private ConsoleReport() {
    }

    /** Emits each line with the severity it should be logged at. */
    public static void print(RunResult result, BiConsumer<Severity, String> out) {
        for (Series series : result.series()) {
            out.accept(Severity.INFO, "Series " + label(series) + ": " + series.chapters().size() + " chapters, rubric "
                    + series.rubric().file() + " enforces " + series.rubric().enforced().size() + " lines; "
                    + series.rubric().notChecked().size() + " not machine-checked");
            series.rubric().kinds().forEach(kind -> kind.headings().stream().filter(h -> h.inferred()).forEach(h ->
                    out.accept(Severity.INFO, "  inferred heading: '" + h.text() + "' (" + kind.label() + "; "
                            + h.agreeing() + " of " + h.chapters() + " chapters have it)")));
            series.rubric().notChecked().forEach(line -> out.accept(Severity.INFO, "  not checked: " + unchecked(line)));
        }
        if (result.dictionary() != null) {
            out.accept(Severity.INFO, "Property dictionary " + result.dictionary().file() + ": enforces "
                    + result.dictionary().enforced().size() + " lines; " + result.dictionary().notChecked().size()
                    + " not machine-checked");
            result.dictionary().notChecked().forEach(line -> out.accept(Severity.INFO, "  not checked: " + unchecked(line)));
        }
        for (Finding finding : result.findings()) {
            out.accept(finding.severity(), finding.toConsoleLine());
        }
        out.accept(Severity.INFO, summary(result));
        if (result.baseline() != null) {
            out.accept(Severity.INFO, "Baseline " + result.baseline().file() + ": " + result.baseline().fixed().size()
                    + " baselined findings no longer occur");
        }
        if (result.indexCoverage() != null) {
            out.accept(Severity.INFO, result.indexCoverage().index() + " links to " + result.indexCoverage().indexed()
                    + " of " + result.indexCoverage().total() + " notes (" + result.indexCoverage().percent() + "%)");
        }
    }

    public static String summary(RunResult result) {
        return result.count(Severity.ERROR) + " errors, " + result.count(Severity.WARNING) + " warnings, "
                + result.count(Severity.INFO) + " infos" + (result.suppressed() > 0 ? " (" + result.suppressed()
                + " suppressed)" : "") + " in " + result.files() + " files (" + result.chapters()
                + " chapters in " + result.series().size() + " series)"
                + (result.skipped() > 0 ? "; " + result.skipped() + " unchanged files skipped" : "");
    }

    /** "line 9: text [judgement]". */
    static String unchecked(Rubric.RubricLine line) {
        return line + (line.reason() == null ? "" : " [" + line.reason().label() + "]");
    }

    private static String label(Series series) {
        return series.name().isEmpty() ? "(root)" : series.dir();
    }
}
