package io.github.backendnotes.rules.rubric;

import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

import java.util.List;

public final class ScopeFileMissingRule extends VaultRule {

    public ScopeFileMissingRule() {
        super("rubric.scope-file-missing", Severity.ERROR, "Every file a rubric's Scope lists exists.");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        for (Series series : vault.series()) {
            for (Rubric.ScopeEntry entry : series.rubric().scope()) {
                String path = series.resolve(entry.path());
                if (!vault.index().isNote(path)) {
                    out.report(this, series.rubric().file(), series.name(), entry.line(), 1,
                            "Scope lists '" + entry.path() + "', which does not exist", List.of(path));
                }
            }
        }
    }
}
