package io.github.backendnotes.check;

import io.github.backendnotes.model.IndexListing;
import io.github.backendnotes.model.NoteSummary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code INDEX.md} at the notes root and the notes it lists. A rule reports the notes it leaves out, and a run
 * reports how much of the tree it lists: both read it here.
 */
public final class RootIndex {

    public static final String FILE = "INDEX.md";

    private RootIndex() {
    }

    /** Whether the tree has a root index. */
    public static boolean exists(VaultContext vault) {
        return vault.index().note(FILE) != null;
    }

    /** The notes the root index links to directly; empty when there is no root index. */
    public static Optional<IndexListing> listing(VaultContext vault) {
        NoteSummary index = vault.index().note(FILE);
        if (index == null) {
            return Optional.empty();
        }
        Set<String> listed = new HashSet<>();
        for (LinkResolver.Resolution resolution : vault.resolutions(FILE)) {
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
        return Optional.of(new IndexListing(FILE, total - missing.size(), total, missing));
    }
}
