package io.github.backendnotes.engine;

import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.config.ConfigLoad;
import io.github.backendnotes.links.LinkMode;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.run.RunRequest;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * What {@link LoadInputs} gives the run.
 *
 * @param root     the notes root, absolute and normalized
 * @param policy   the severities, with the configuration's overrides
 * @param excludes the request's globs and the configuration's
 * @param changed  with changedSince, the changed files relative to the root; else null (every note is checked)
 * @param findings what is wrong with the configuration
 * @param linkMode whose rules resolve the links, and why
 */
record Inputs(Path root, RunRequest request, ConfigLoad config, SeverityPolicy policy, List<String> excludes,
              Set<String> changed, BaselineLoad baseline, List<Finding> findings, LinkMode linkMode) {

    /** Whether the run checks this note, rather than only indexing it. */
    boolean checks(String path) {
        return changed == null || changed.contains(path);
    }
}
