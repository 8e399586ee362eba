package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;

public final class PriorityCoverageRule extends ReadmeRule {

    public PriorityCoverageRule() {
        super("index.priority-coverage", Severity.ERROR,
                "Every chapter of the series is in exactly one reading-priority group of the README.");
    }

    @Override
    void check(VaultContext vault, Series series, SeriesReadme readme, Findings out) {
        if (readme.priorityHeadingLine() > 0) {
            exactlyOnce(series, readme, priorities(readme), readme.priorityHeadingLine(), "reading-priority group", out);
        }
    }
}
