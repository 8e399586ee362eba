package io.github.backendnotes.engine;

import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.config.ConfigLoad;
import io.github.backendnotes.links.LinkMode;
import io.github.backendnotes.links.LinkModes;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rule;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.UnusableInput;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The first stage: takes the {@link RunRequest} and gives the run's {@link Inputs}: the configuration file read and
 * validated (its problems are findings), the severities and excludes it sets, the baseline chosen and read, and with
 * changedSince the files git reports changed. A stage of its own because everything here comes from outside the
 * notes tree and is settled before its walk begins: a run that cannot start (no notes directory, no git work tree)
 * fails here, before any note is read.
 */
final class LoadInputs {

    private LoadInputs() {
    }

    /** @throws IOException when the notes directory does not exist, or the changed files cannot be known */
    static Inputs load(RunRequest request, SeverityPolicy defaults) throws IOException {
        Path root = request.notesDirectory().toAbsolutePath().normalize();
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new UnusableInput("the notes directory " + root + " is a file, not a folder");
        }
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "notes directory does not exist");
        }
        checkGlobs("backend-notes.excludes", request.excludes());
        checkGlobs("backend-notes.templates", request.templates());
        List<Finding> findings = new ArrayList<>();
        ConfigLoad config = ConfigLoad.load(request, knownRuleNames(), RuleCatalog.clauseForms(), findings, defaults);
        BaselineLoad baseline = BaselineLoad.load(request);
        List<String> excludes = new ArrayList<>(request.excludes());
        excludes.addAll(config.config().excludes());
        // with changedSince, every note is still indexed (links need their targets) but only changed ones are checked
        Set<String> changed = request.changedSince() == null ? null : GitChanges.since(root, request.changedSince());
        LinkMode linkMode = LinkModes.choose(request.linkResolution(), config.config().linkResolution(), root);
        return new Inputs(root, request, config, defaults.overlay(config.config().rules()), List.copyOf(excludes),
                changed, baseline, List.copyOf(findings), linkMode);
    }

    private static void checkGlobs(String parameter, List<String> globs) throws UnusableInput {
        for (String glob : globs) {
            String problem = RunRequest.globProblem(glob).orElse(null);
            if (problem != null) {
                throw new UnusableInput(parameter + ": '" + glob + "' is not a glob: " + problem);
            }
        }
    }

    /** Every rule id and every category of the catalogue. */
    private static Set<String> knownRuleNames() {
        Set<String> names = new HashSet<>();
        for (Rule rule : RuleCatalog.all()) {
            names.add(rule.id());
            names.add(rule.category().label());
        }
        return names;
    }
}
