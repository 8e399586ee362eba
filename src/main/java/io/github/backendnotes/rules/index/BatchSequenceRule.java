package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

public final class BatchSequenceRule extends ReadmeRule {

    public BatchSequenceRule() {
        super("index.batch-sequence", Severity.ERROR,
                "The README's batches are numbered 1..N without gaps, and the heading's count is N.");
    }

    @Override
    void check(VaultContext vault, Series series, SeriesReadme readme, Findings out) {
        if (readme.batchHeadingLine() == 0) {
            return;
        }
        int expected = 1;
        for (SeriesReadme.Batch batch : readme.batches()) {
            if (batch.number() != expected) {
                out.report(this, readme.file(), series.name(), batch.line(), 1,
                        "expected Batch " + expected + " here, found Batch " + batch.number());
            }
            expected = batch.number() + 1;
        }
        if (readme.declaredBatches() >= 0 && readme.declaredBatches() != readme.batches().size()) {
            out.report(this, readme.file(), series.name(), readme.batchHeadingLine(), 1, "the heading says "
                    + readme.declaredBatches() + " batches, the route lists " + readme.batches().size());
        }
    }
}
