package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.IndexListing;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.check.LinkResolver;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** With an {@code INDEX.md} at the notes root, every note is linked from it. */
public final class IndexCoverageRule extends VaultRule {

    public static final String INDEX_FILE = "INDEX.md";

    public IndexCoverageRule() {
        super("index.not-in-index", Severity.INFO,
                "With an INDEX.md at the notes root, every note is linked from it (readmes, index files, the property dictionary and templates are exempt).");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        coverage(vault).ifPresent(coverage -> coverage.missing().forEach(path ->
                out.report(this, path, null, 0, 0, "'" + coverage.index() + "' does not link to this note",
                        List.of(coverage.index()))));
    }

    /** The notes the root index links to directly; empty when there is no root index. */
    public static Optional<IndexListing> coverage(VaultContext vault) {
        NoteSummary index = vault.index().note(INDEX_FILE);
        if (index == null) {
            return Optional.empty();
        }
        Set<String> listed = new HashSet<>();
        for (LinkResolver.Resolution resolution : vault.resolutions(INDEX_FILE)) {
            if (resolution.target() != null && resolution.outcome() != LinkResolver.Outcome.MISSING) {
                listed.add(resolution.target());
            }
        }
        List<String> missing = new ArrayList<>();
        int total = 0;
        for (String path : new TreeSet<>(vault.index().notes().keySet())) {
            if (VaultContext.isEntryPoint(path) || vault.templates().contains(path)
                    || vault.dictionary() != null && path.equals(vault.dictionary().file())) {
                continue;
            }
            total++;
            if (!listed.contains(path)) {
                missing.add(path);
            }
        }
        return Optional.of(new IndexListing(INDEX_FILE, total - missing.size(), total, missing));
    }
}
