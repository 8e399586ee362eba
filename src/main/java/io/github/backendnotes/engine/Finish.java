package io.github.backendnotes.engine;

import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.check.RootIndex;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.SeriesCompliance;
import io.github.backendnotes.model.VaultSummary;
import io.github.backendnotes.run.RunResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The last stage: takes every stage's output and gives the {@link RunResult}. The findings of all stages are
 * filtered to the changed files with changedSince ({@link ChangedFilter}), marked where a note's inline comments or
 * the baseline suppress them, and sorted; the INDEX listing and, when asked, the compliance of each series are worked
 * out. A stage of its own because all of it reads the run's findings as a whole, once nothing adds to them.
 */
final class Finish {

    private Finish() {
    }

    static RunResult finish(Inputs inputs, VaultMap map, CheckedNotes notes, CheckedVault vault, Workers workers) {
        List<Finding> found = new ArrayList<>(inputs.findings());
        found.addAll(map.findings());
        found.addAll(notes.findings());
        found.addAll(vault.findings());
        Set<String> changed = inputs.changed();
        List<Finding> suppressed = suppressInline(new ChangedFilter(changed).apply(found), notes.index());
        BaselineLoad baseline = inputs.baseline();
        Baseline.Applied applied = baseline.baseline().apply(suppressed);
        List<Finding> all = new ArrayList<>(applied.findings());
        all.sort(Finding.ORDER);
        List<String> files = map.scan().markdownFiles();
        int skipped = changed == null ? 0 : (int) files.stream().filter(p -> !changed.contains(p)).count();
        // with changedSince the unchanged chapters were not checked: whether they meet their rubric is unknown
        List<SeriesCompliance> compliance = inputs.request().compliance() && changed == null
                ? new ComplianceBuilder(vault.vault(), all).build(workers.pool()) : List.of();
        return new RunResult(inputs.root(), files.size(), vault.vault().series(), all, map.dictionary(),
                RootIndex.listing(vault.vault()).orElse(null),
                baseline.file() == null ? null : new RunResult.BaselineUse(baseline.file(), applied.fixed()),
                skipped, compliance, inputs.linkMode());
    }

    /** Marks the findings a note's inline comments or front matter suppress. */
    private static List<Finding> suppressInline(List<Finding> findings, VaultSummary index) {
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            NoteSummary note = index.note(finding.file());
            boolean suppressed = note != null && note.suppressions().suppresses(finding.ruleId(), finding.line());
            marked.add(suppressed ? finding.suppress() : finding);
        }
        return marked;
    }
}
