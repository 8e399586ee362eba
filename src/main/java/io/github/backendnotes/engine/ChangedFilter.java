package io.github.backendnotes.engine;

import io.github.backendnotes.model.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * With changedSince, the findings a run shows: those about a changed file, and the cross-file findings that concern
 * one (a README entry naming it, a matrix row listing it, a link to it), as their related files say.
 */
final class ChangedFilter {

    /** Null when every note was checked: every finding is kept. */
    private final Set<String> changed;

    ChangedFilter(Set<String> changed) {
        this.changed = changed;
    }

    List<Finding> apply(List<Finding> findings) {
        if (changed == null) {
            return findings;
        }
        List<Finding> kept = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (keeps(finding)) {
                kept.add(finding);
            }
        }
        return kept;
    }

    /** A finding about a changed file, or a cross-file finding one of whose related files (or folders) changed. */
    boolean keeps(Finding finding) {
        return finding.concernsAny(changed);
    }
}
