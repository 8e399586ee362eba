package io.github.backendnotes.engine;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.engine.cache.NoteCache;
import io.github.backendnotes.engine.read.NoteRead;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.VaultSummary;
import io.github.backendnotes.parse.MatrixParser;
import io.github.backendnotes.parse.ReadmeParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Future;

/**
 * The third stage: takes the {@link Inputs} and the {@link VaultMap} and gives the {@link CheckedNotes}: every note
 * read (or taken from the read-ahead or the cache), the per-note rules run on those the run checks, the READMEs and
 * matrices read for the cross-file rules, and the compact index of every note. A stage of its own because it is the
 * per-file pass: each note is one task of the workers ({@link NoteCheck}), in the read-ahead's order, while the main
 * thread takes in the outcomes in that order and records them in the note cache.
 */
final class CheckNotes {

    private final List<NoteRule> rules;
    private final ReadmeParser readmeParser = new ReadmeParser();
    private final MatrixParser matrixParser = new MatrixParser();

    CheckNotes(List<NoteRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param cache        null when the run keeps none
     * @param keepPrograms whether the run compiles the programs of the notes it checks (runSnippets): they are taken
     *                     from the notes parsed here, not read again
     */
    CheckedNotes check(Inputs inputs, VaultMap map, NoteReader reader, NoteCache cache, Workers workers,
                       boolean keepPrograms) throws IOException {
        NoteCheck perNote = new NoteCheck(rules, readmeParser, matrixParser, reader, inputs.policy(), keepPrograms);
        List<Future<NoteCheck.Outcome>> results = submit(inputs, map, perNote, workers);
        List<Finding> findings = new ArrayList<>();
        Map<String, NoteSummary> indexed = new HashMap<>();
        Map<String, SeriesReadme> readmes = new HashMap<>();
        Map<String, CoverageMatrix> matrices = new TreeMap<>();
        Map<String, List<Block.CodeBlock>> programs = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            NoteCheck.Outcome outcome = Workers.await(results.get(i));
            // let go of the outcome once taken in: a note stored whole in the cache is not held to the end
            results.set(i, null);
            String path = outcome.indexed().path();
            findings.addAll(outcome.findings());
            indexed.put(path, outcome.indexed());
            if (outcome.readme() != null) {
                readmes.put(path, outcome.readme());
            }
            if (outcome.matrix() != null) {
                matrices.put(path, outcome.matrix());
            }
            if (!outcome.programs().isEmpty()) {
                programs.put(path, outcome.programs());
            }
            if (outcome.stored() != null) {
                // stored as the outcomes come in, while the workers check the rest, not in a pass of its own after them
                cache.record(path, outcome.stored().contentHash(), outcome.indexed(), outcome.stored().whole());
            }
            inputs.request().progress().notes(i + 1, results.size());
        }
        if (cache != null) {
            cache.save();
        }
        return new CheckedNotes(new VaultSummary(indexed, map.scan().otherFiles(), map.scan().excludedNotes()), readmes, matrices, findings,
                programs);
    }

    /** One task a note, in the read-ahead's order; a note only indexed, not checked, gets no context. */
    private static List<Future<NoteCheck.Outcome>> submit(Inputs inputs, VaultMap map, NoteCheck perNote,
                                                          Workers workers) {
        ReadAhead readAhead = map.readAhead();
        // the chapters of one series folder share one context
        Map<ChapterContext, NoteContext> contexts = new IdentityHashMap<>();
        NoteContext outsideSeries = NoteContext.under(map.dictionary(), null);
        List<Future<NoteCheck.Outcome>> results = new ArrayList<>();
        for (String path : readAhead.order(map.scan().markdownFiles())) {
            ChapterContext chapter = map.chapters().get(path);
            NoteContext context = map.templates().contains(path) ? NoteContext.NONE : chapter == null ? outsideSeries
                    : contexts.computeIfAbsent(chapter, one -> NoteContext.under(map.dictionary(), one));
            NoteContext checked = inputs.checks(path) ? context : null;
            NoteRead early = readAhead.takeEarly(path);
            Future<NoteRead> ahead = readAhead.takeAhead(path);
            boolean readme = map.readmes().contains(path);
            results.add(workers.submit(() -> perNote.check(path,
                    early != null ? early : ahead == null ? null : Workers.await(ahead), early != null, checked, readme)));
        }
        return results;
    }
}
