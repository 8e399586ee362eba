package io.github.backendnotes.engine;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.HeadingInference;
import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The fourth stage: takes what the earlier stages found and gives the {@link CheckedVault}: the vault context (the
 * index, the series with their READMEs and matrices, the files with errors, every note's links resolved) and the
 * findings of the cross-file rules. A stage of its own because these rules need every note's summary, so they start
 * only once the per-file pass is over; the workers resolve the links, then run the rules side by side, each with its
 * own sink.
 */
final class CheckVault {

    /** Notes a task of link resolution takes. */
    private static final int NOTES_PER_TASK = 512;

    private final List<VaultRule> rules;

    CheckVault(List<VaultRule> rules) {
        this.rules = List.copyOf(rules);
    }

    CheckedVault check(Inputs inputs, VaultMap map, CheckedNotes notes, Workers workers) throws IOException {
        VaultContext vault = vaultContext(inputs, map, notes, workers);
        List<Future<List<Finding>>> crossFile = new ArrayList<>();
        for (VaultRule rule : rules) {
            crossFile.add(workers.submit(() -> {
                Findings out = new Findings(inputs.policy());
                rule.check(vault, out);
                return out.findings();
            }));
        }
        List<Finding> findings = new ArrayList<>();
        for (Future<List<Finding>> result : crossFile) {
            findings.addAll(Workers.await(result));
        }
        return new CheckedVault(vault, findings);
    }

    private static VaultContext vaultContext(Inputs inputs, VaultMap map, CheckedNotes notes, Workers workers) {
        // the workers resolve the links while this thread gathers the rest
        List<NoteSummary> summaries = List.copyOf(notes.index().notes().values());
        LinkResolver resolver = new LinkResolver(notes.index(), inputs.linkMode());
        Slices<List<LinkResolver.Resolution>> links = Slices.start(summaries, NOTES_PER_TASK, resolver::resolveLinks,
                workers.pool());
        Map<String, SeriesReadme> readmes = new HashMap<>();
        Map<String, Series> seriesByDir = new HashMap<>();
        // a prose contract's unnamed headings are inferred from the chapters' H2s, known only now
        List<Series> series = map.series().stream().map(one -> HeadingInference.complete(one, notes.index())).toList();
        for (Series one : series) {
            seriesByDir.putIfAbsent(one.dir(), one);
            SeriesReadme readme = notes.readmes().get(one.readme());
            if (readme != null) {
                readmes.put(one.dir(), readme);
            }
        }
        List<VaultContext.Matrix> matrices = new ArrayList<>();
        // in the order of their paths
        notes.matrices().forEach((path, matrix) -> {
            String folder = PathNames.parent(path);
            matrices.add(new VaultContext.Matrix(matrix, folder, seriesByDir.get(folder)));
        });
        Set<String> filesWithErrors = new HashSet<>();
        Stream.of(inputs.findings(), map.findings(), notes.findings()).flatMap(List::stream)
                .filter(f -> f.severity() == Severity.ERROR).forEach(f -> filesWithErrors.add(f.file()));
        Map<String, List<LinkResolver.Resolution>> resolutions = new HashMap<>();
        List<List<LinkResolver.Resolution>> resolved = links.await();
        for (int i = 0; i < summaries.size(); i++) {
            resolutions.put(summaries.get(i).path(), resolved.get(i));
        }
        return new VaultContext(notes.index(), series, readmes, matrices, filesWithErrors, map.dictionary(),
                map.templates(), Map.of(), resolutions);
    }
}
