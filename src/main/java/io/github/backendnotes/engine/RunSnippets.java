package io.github.backendnotes.engine;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SnippetSettings;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.rules.code.ProgramRule;
import io.github.backendnotes.run.SnippetRequest;
import io.github.backendnotes.snippets.Outcome;
import io.github.backendnotes.snippets.Program;
import io.github.backendnotes.snippets.Programs;
import io.github.backendnotes.snippets.RubricLines;
import io.github.backendnotes.snippets.SnippetRunner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The optional stage between {@link CheckVault} and {@link Finish}, with runSnippets: the whole programs of every
 * chapter (and numbered file of a series) the run checks, as {@link CheckNotes} kept them from the notes it parsed,
 * are compiled and run ({@link SnippetRunner}), and the {@code code.*}
 * program rules turn their outcomes into findings. A stage of its own because it runs other programs, slowly the
 * first time, and only when asked; before the notes are checked, it marks the rubric lines it enforces.
 */
final class RunSnippets {

    private RunSnippets() {
    }

    /** The settings of the run: the configuration's, switched on or off by the request. */
    static SnippetSettings settings(Inputs inputs, SnippetRequest request) {
        SnippetSettings configured = inputs.config().config().snippets();
        return request.enabled() == null ? configured : configured.withEnabled(request.enabled());
    }

    /** The map with each rubric's lines that running the programs enforces listed as enforced. */
    static VaultMap enforceRubrics(VaultMap map) {
        List<Series> series = map.series().stream().map(one -> new Series(one.name(), one.dir(), one.readme(),
                RubricLines.enforced(one.rubric()), one.chapters(), one.numbered(), one.folders(), one.matrix())).toList();
        return new VaultMap(map.scan(), series, map.chapters(), map.templates(), map.readmes(), map.dictionary(),
                map.readAhead(), map.findings());
    }

    /**
     * Beside the note cache when the run keeps one, else in the system's temporary folder: never inside the notes
     * tree, which the programs must not touch.
     */
    private static Path defaultWork(Inputs inputs) {
        Path cache = inputs.request().noteCache();
        return cache != null && cache.toAbsolutePath().getParent() != null
                ? cache.toAbsolutePath().getParent().resolve("snippets")
                : Path.of(System.getProperty("java.io.tmpdir"), "backend-notes-snippets");
    }

    /** The findings on the programs of the chapters the run checks. */
    /** @param checked the whole programs of each note the run checked, by path ({@link CheckedNotes#programs}) */
    static List<Finding> run(Inputs inputs, VaultMap map, Map<String, List<Block.CodeBlock>> checked,
                             SnippetSettings settings, SnippetRequest request) {
        // a series' numbered files its Scope leaves out are its notes too, under its rubric
        Map<String, Series> files = new TreeMap<>();
        for (Series one : map.series()) {
            one.chapters().forEach(path -> files.putIfAbsent(path, one));
            one.numbered().forEach(path -> files.putIfAbsent(path, one));
        }
        Path work = request.work() != null ? request.work() : defaultWork(inputs);
        List<Program> programs = new ArrayList<>();
        files.forEach((path, series) -> {
            List<Block.CodeBlock> blocks = checked.get(path);
            if (blocks != null && !map.templates().contains(path)) {
                programs.addAll(Programs.in(path, blocks, series.name(), RubricLines.facts(series.rubric())));
            }
        });
        Map<Program, Outcome> outcomes = new SnippetRunner(work, settings, request.searchPath(), inputs.root(),
                inputs.request().threads()).run(programs);
        Findings findings = new Findings(inputs.policy());
        outcomes.forEach((program, outcome) -> {
            for (ProgramRule rule : RuleCatalog.programRules()) {
                rule.check(program, outcome, findings);
            }
        });
        return findings.findings();
    }
}
