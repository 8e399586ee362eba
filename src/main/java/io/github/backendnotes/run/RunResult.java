package io.github.backendnotes.run;

import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.links.LinkMode;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.IndexListing;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesCompliance;
import io.github.backendnotes.model.Severity;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one run.
 *
 * @param files    Markdown files checked
 * @param findings      sorted by file, line, column and rule
 * @param dictionary    the property dictionary read, or {@code null}
 * @param indexCoverage how much of the tree the root INDEX.md lists, or {@code null} without one
 * @param baseline      the baseline used, or {@code null}
 * @param skipped       Markdown files not checked because they did not change (see {@code changedSince})
 * @param compliance    per series, which chapters meet their rubric; empty unless the request asks for it, and when
 *                      only changed notes were checked
 * @param linkMode      whose rules resolved the links, and why; null when unknown
 */
public record RunResult(Path notesDirectory, int files, List<Series> series, List<Finding> findings,
                           PropertyDictionary dictionary, IndexListing indexCoverage, BaselineUse baseline,
                           int skipped, List<SeriesCompliance> compliance, LinkMode linkMode) {

    /** @param fixed baselined findings that no longer occur */
    public record BaselineUse(String file, List<Baseline.Entry> fixed) {
        public BaselineUse {
            fixed = List.copyOf(fixed);
        }
    }

    public RunResult {
        series = List.copyOf(series);
        findings = List.copyOf(findings);
        compliance = List.copyOf(compliance);
    }

    public RunResult(Path notesDirectory, int files, List<Series> series, List<Finding> findings,
                     PropertyDictionary dictionary, IndexListing indexCoverage, BaselineUse baseline, int skipped,
                     List<SeriesCompliance> compliance) {
        this(notesDirectory, files, series, findings, dictionary, indexCoverage, baseline, skipped, compliance, null);
    }

    public RunResult(Path notesDirectory, int files, List<Series> series, List<Finding> findings) {
        this(notesDirectory, files, series, findings, null, null, null, 0, List.of());
    }

    /** The same result with these findings (another order, say). */
    public RunResult withFindings(List<Finding> others) {
        return new RunResult(notesDirectory, files, series, others, dictionary, indexCoverage, baseline, skipped,
                compliance, linkMode);
    }

    public int chapters() {
        return series.stream().mapToInt(s -> s.chapters().size()).sum();
    }

    /** Findings of this severity that are not suppressed. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
    }

    public long suppressed() {
        return findings.stream().filter(Finding::suppressed).count();
    }

    /** Findings that are not suppressed and at least as severe as {@code threshold}. */
    public long violations(Severity threshold) {
        return findings.stream().filter(f -> !f.suppressed() && f.severity().compareTo(threshold) <= 0).count();
    }
}
