package io.github.backendnotes.engine;

import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.model.Finding;

import java.util.List;

/**
 * What {@link CheckVault} gives the run.
 *
 * @param vault    what the cross-file rules read, links resolved: the coverage and the INDEX listing read it too
 * @param findings the cross-file findings, rule by rule in the rules' order
 */
record CheckedVault(VaultContext vault, List<Finding> findings) {
}
