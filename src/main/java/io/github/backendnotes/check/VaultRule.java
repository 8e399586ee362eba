package io.github.backendnotes.check;

import io.github.backendnotes.model.Rule;

import io.github.backendnotes.model.Severity;

/** A rule over the whole tree: it reads the compact index and the series' READMEs and matrices, never whole notes. */
public abstract class VaultRule extends Rule {

    protected VaultRule(String id, Severity defaultSeverity, String description) {
        super(id, defaultSeverity, description);
    }

    public abstract void check(VaultContext vault, Findings out);
}
