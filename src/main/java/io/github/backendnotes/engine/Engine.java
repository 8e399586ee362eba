package io.github.backendnotes.engine;

import io.github.backendnotes.check.HeadingInference;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.engine.cache.NoteCache;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.SnippetSettings;
import io.github.backendnotes.run.SnippetRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a notes tree. A run is five stages, each a class of its own that takes the earlier stages' outputs and
 * gives its own: {@link LoadInputs}, {@link MapVault}, {@link CheckNotes}, {@link CheckVault} and {@link Finish}.
 * The run's workers and note cache live as long as the run. Knows nothing of Maven.
 */
public final class Engine {

    private final NoteParser parser = new NoteParser();
    private final SeverityPolicy policy;
    private final MapVault mapVault;
    private final CheckNotes checkNotes;
    private final CheckVault checkVault;

    /** With every rule of the catalogue, at its default severity. */
    public Engine() {
        this(RuleCatalog.noteRules(), RuleCatalog.vaultRules(), SeverityPolicy.DEFAULTS, MapVault.MAX_READ_AHEAD_BYTES);
    }

    /** @param maxReadAheadBytes the most Markdown read ahead during the walk (see {@link MapVault}) */
    Engine(List<NoteRule> noteRules, List<VaultRule> vaultRules, SeverityPolicy policy, long maxReadAheadBytes) {
        this.policy = policy;
        this.mapVault = new MapVault(maxReadAheadBytes);
        this.checkNotes = new CheckNotes(noteRules);
        this.checkVault = new CheckVault(vaultRules);
    }

    /** @throws IOException only when the run cannot start (no notes directory, no git work tree) or walk the tree */
    public RunResult run(RunRequest request) throws IOException {
        return run(request, SnippetRequest.BY_CONFIG);
    }

    /**
     * With the chapters' programs compiled and run when the request or the configuration asks for it.
     *
     * @throws IOException only when the run cannot start (no notes directory, no git work tree) or walk the tree
     */
    public RunResult run(RunRequest request, SnippetRequest snippets) throws IOException {
        Inputs inputs = LoadInputs.load(request, policy);
        SnippetSettings snippetSettings = RunSnippets.settings(inputs, snippets);
        try (Workers workers = new Workers(request.threads());
             NoteCache cache = openCache(inputs, workers)) {
            NoteReader reader = new NoteReader(parser, inputs.root(), request.maxFileSize(), cache);
            VaultMap mapped = mapVault.map(inputs, reader, workers);
            VaultMap map = snippetSettings.enabled() ? RunSnippets.enforceRubrics(mapped) : mapped;
            CheckedNotes notes = checkNotes.check(inputs, map, reader, cache, workers, snippetSettings.enabled());
            CheckedVault vault = checkVault.check(inputs, map, notes, workers);
            if (snippetSettings.enabled()) {
                List<Finding> all = new ArrayList<>(vault.findings());
                all.addAll(RunSnippets.run(inputs, map, notes.programs(), snippetSettings, snippets));
                vault = new CheckedVault(vault.vault(), all);
            }
            return Finish.finish(inputs, map, notes, vault, workers);
        }
    }

    /**
     * The first stages of a run and none of its rules: the series, rubrics, READMEs and matrices as every check reads
     * them, for a goal that edits the vault where they point. No note cache is read or written.
     *
     * @throws IOException only when the run cannot start or walk the tree
     */
    public VaultModel model(RunRequest request) throws IOException {
        Inputs inputs = LoadInputs.load(request.withNoteCache(null).withChangedSince(null), policy);
        try (Workers workers = new Workers(request.threads())) {
            NoteReader reader = new NoteReader(parser, inputs.root(), request.maxFileSize(), null);
            VaultMap map = mapVault.map(inputs, reader, workers);
            CheckedNotes notes = new CheckNotes(List.of()).check(inputs, map, reader, null, workers, false);
            List<Series> series = map.series().stream()
                    .map(one -> HeadingInference.complete(one, notes.index())).toList();
            return new VaultModel(inputs.root(), series, notes.readmes(), notes.matrices(), map.dictionary(),
                    notes.index());
        }
    }

    /**
     * The note cache, or null when the request keeps none. The stored entries are only read when notes go unchecked
     * (with changedSince), on a worker while the tree is walked; the file is written on every run, for the next one.
     */
    private static NoteCache openCache(Inputs inputs, Workers workers) {
        RunRequest request = inputs.request();
        return request.noteCache() == null ? null
                : NoteCache.open(request.noteCache(), inputs.changed() != null, workers.pool());
    }
}
