package io.github.backendnotes.rules.links;

import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.check.RootIndex;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * A note no other note links to, by a Markdown or a wiki link. Readmes, index files and templates are exempt. A
 * vault-wide check: it runs where the notes root is a vault's root, with a property dictionary or an INDEX.md.
 */
public final class OrphanRule extends VaultRule {

    public OrphanRule() {
        super("links.orphan", Severity.INFO,
                "At a vault root (with a property dictionary or INDEX.md), some other note links to each note "
                        + "(readmes, index files, the property dictionary and templates are exempt).");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        if (vault.dictionary() == null && !RootIndex.exists(vault)) {
            return;
        }
        Set<String> linked = linkedNotes(vault);
        for (String path : new TreeSet<>(vault.index().notes().keySet())) {
            if (!linked.contains(path) && !VaultContext.isEntryPoint(path) && !vault.templates().contains(path)
                    && (vault.dictionary() == null || !path.equals(vault.dictionary().file()))) {
                out.report(this, path, vault.seriesOf(path).map(Series::name).orElse(null), 0, 0,
                        "no other note links to this note");
            }
        }
    }

    /** Every note that some other note links to. Templates are not notes: their links adopt nothing. */
    static Set<String> linkedNotes(VaultContext vault) {
        Set<String> linked = new HashSet<>();
        for (NoteSummary note : vault.index().notes().values()) {
            if (vault.templates().contains(note.path())) {
                continue; // a template's link is no reader's way to a note
            }
            for (LinkResolver.Resolution resolution : vault.resolutions(note.path())) {
                if (resolution.target() != null && !resolution.target().equals(note.path())
                        && resolution.outcome() != LinkResolver.Outcome.MISSING) {
                    linked.add(resolution.target());
                }
            }
        }
        return linked;
    }
}
