package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

public final class BatchCoverageRule extends ReadmeRule {

    public BatchCoverageRule() {
        super("index.batch-coverage", Severity.ERROR, "Every chapter of the series is in exactly one batch of the README.");
    }

    @Override
    void check(VaultContext vault, Series series, SeriesReadme readme, Findings out) {
        if (readme.batchHeadingLine() > 0) {
            exactlyOnce(series, readme, batches(readme), readme.batchHeadingLine(), "batch", out);
        }
    }
}
