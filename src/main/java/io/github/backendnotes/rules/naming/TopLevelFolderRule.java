package io.github.backendnotes.rules.naming;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

public final class TopLevelFolderRule extends VaultRule {

    public TopLevelFolderRule() {
        super("naming.top-level-folder", Severity.INFO,
                "The top-level folders are the ones the property dictionary's folder layout lists.");
    }

    @Override
    public void check(VaultContext vault, Findings out) {
        if (vault.dictionary() == null || vault.dictionary().topFolders().isEmpty()) {
            return;
        }
        Set<String> topLevel = new TreeSet<>();
        vault.index().folders().stream().filter(f -> !f.contains("/")).forEach(topLevel::add);
        for (String folder : topLevel) {
            if (!vault.dictionary().topFolders().contains(folder)) {
                out.report(this, vault.dictionary().file(), null, 0, 0, "top-level folder '" + folder
                        + "' is not in the dictionary's folder layout " + vault.dictionary().topFolders(), List.of(folder));
            }
        }
    }
}
