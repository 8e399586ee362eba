package io.github.backendnotes.engine;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.parse.RubricParser;
import io.github.backendnotes.rules.RuleCatalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second stage: takes the {@link Inputs} and gives the {@link VaultMap}: the Markdown files of the tree, its
 * series with their rubrics and chapters, the templates, the READMEs and the property dictionary. A stage of its own
 * because the per-note checks cannot start before the series are known; meanwhile the workers read the rubrics and
 * the first notes found ahead of the checks ({@link ReadAhead}), so that the walk and the parsing overlap.
 */
final class MapVault {

    /**
     * How much Markdown (in bytes of files) the workers read and parse ahead while the main thread walks the tree
     * and discovers the series, at most; never more than a heap's 64th, which keeps the notes held meanwhile small.
     * A vault of this size or less is parsed whole while the series are found.
     */
    static final long MAX_READ_AHEAD_BYTES = 1024L * 1024;

    private final RubricParser rubricParser = new RubricParser(RuleCatalog.clauseForms(), RuleCatalog.valueForms());
    private final long maxReadAheadBytes;

    MapVault(long maxReadAheadBytes) {
        this.maxReadAheadBytes = maxReadAheadBytes;
    }

    /** @throws IOException only when the notes directory itself cannot be walked */
    VaultMap map(Inputs inputs, NoteReader reader, Workers workers) throws IOException {
        // with changedSince most notes are only indexed, from the cache: nothing is read ahead
        long budget = inputs.changed() == null
                ? Math.min(Runtime.getRuntime().maxMemory() / 64, maxReadAheadBytes) : 0;
        ReadAhead readAhead = new ReadAhead(reader, rubricParser, budget, workers);
        VaultScanner.Scan scan = new VaultScanner(inputs.root(), inputs.excludes()).scan(readAhead::found);
        Map<String, Rubric> rubrics = readAhead.rubrics();
        List<Series> series = inputs.config().extend(new SeriesDiscovery().discover(scan.markdownFiles(),
                rubrics::get));
        DictionaryLoad dictionary = DictionaryLoad.load(inputs, readAhead, reader);
        TemplateMatcher matcher = new TemplateMatcher(inputs.request().templates());
        Set<String> templates = new HashSet<>();
        scan.markdownFiles().stream().filter(matcher::matches).forEach(templates::add);
        Set<String> readmes = new HashSet<>();
        series.forEach(one -> readmes.add(one.readme()));
        List<Finding> findings = new ArrayList<>();
        for (VaultScanner.Unreadable unreadable : scan.unreadable()) {
            Findings sink = new Findings(unreadable.path(), null, inputs.policy());
            sink.report(unreadable.rule(), 0, 0, unreadable.message());
            findings.addAll(sink.findings());
        }
        findings.addAll(dictionary.findings());
        findings.addAll(inputs.config().unknownSeries(series, inputs.policy()));
        return new VaultMap(scan, series, chapterContexts(series), templates, readmes, dictionary.dictionary(),
                readAhead, findings);
    }

    private static Map<String, ChapterContext> chapterContexts(List<Series> series) {
        Map<String, ChapterContext> contexts = new HashMap<>();
        for (Series one : series) {
            Map<String, ChapterContext> byFolder = new HashMap<>();
            for (String chapter : one.chapters()) {
                String rest = one.dir().isEmpty() ? chapter : chapter.substring(one.dir().length() + 1);
                int slash = rest.indexOf('/');
                String folder = slash < 0 ? "" : rest.substring(0, slash);
                contexts.put(chapter, byFolder.computeIfAbsent(folder,
                        f -> new ChapterContext(one.name(), one.rubric(), one.folders(), f)));
            }
        }
        return contexts;
    }
}
