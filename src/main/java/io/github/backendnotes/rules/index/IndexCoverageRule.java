package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.RootIndex;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import java.util.List;
import io.github.backendnotes.check.VaultRule;

/** With an {@code INDEX.md} at the notes root, every note is linked from it. */
public final class IndexCoverageRule extends VaultRule {

    public IndexCoverageRule() {
        super("index.not-in-index", Severity.INFO,
                "With an INDEX.md at the notes root, every note is linked from it (readmes, index files, the property dictionary and templates are exempt).");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        RootIndex.listing(vault).ifPresent(coverage -> coverage.missing().forEach(path ->
                out.report(this, path, null, 0, 0, "'" + coverage.index() + "' does not link to this note",
                        List.of(coverage.index()))));
    }
}
