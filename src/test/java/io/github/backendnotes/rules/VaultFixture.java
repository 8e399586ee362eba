package io.github.backendnotes.rules;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.check.HeadingInference;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.engine.SeriesDiscovery;
import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.VaultSummary;
import io.github.backendnotes.parse.DictionaryParser;
import io.github.backendnotes.parse.MatrixParser;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.parse.ReadmeParser;
import io.github.backendnotes.parse.RubricParser;
import io.github.backendnotes.run.RunRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An in-memory vault for the cross-file rules: notes given as path and Markdown text, read the way a run reads
 * them (the real note, rubric, README, matrix and dictionary parsers, the real series discovery), and one
 * {@link VaultRule} run over the {@link VaultContext} they make, without the engine, the file system or the
 * per-file rules.
 */
public final class VaultFixture {

    private final Map<String, String> notes = new TreeMap<>();
    private final Set<String> otherFiles = new TreeSet<>();
    private final Set<String> templates = new TreeSet<>();
    private final Set<String> filesWithErrors = new TreeSet<>();
    private String dictionary;

    /** A vault of these notes: path, text, path, text, ... */
    public static VaultFixture of(String... pathsAndTexts) {
        if (pathsAndTexts.length % 2 != 0) {
            throw new IllegalArgumentException("a path without its text");
        }
        VaultFixture vault = new VaultFixture();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            vault.note(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return vault;
    }

    /** Adds (or replaces) the note {@code path}, relative to the notes root. */
    public VaultFixture note(String path, String markdown) {
        notes.put(path, markdown);
        return this;
    }

    /** Adds files that are not notes (images, attachments): links may point at them. */
    public VaultFixture files(String... paths) {
        otherFiles.addAll(List.of(paths));
        return this;
    }

    /** The property dictionary, as the note {@value RunRequest#DEFAULT_DICTIONARY} at the root. */
    public VaultFixture dictionary(String markdown) {
        note(RunRequest.DEFAULT_DICTIONARY, markdown);
        dictionary = RunRequest.DEFAULT_DICTIONARY;
        return this;
    }

    /** Marks notes as templates, as the run's template patterns would. */
    public VaultFixture templates(String... paths) {
        templates.addAll(List.of(paths));
        return this;
    }

    /** Marks notes as having an error from the per-file checks (which the fixture does not run). */
    public VaultFixture withErrors(String... paths) {
        filesWithErrors.addAll(List.of(paths));
        return this;
    }

    /** The paths of the vault's notes, in order. */
    public Set<String> notePaths() {
        return java.util.Collections.unmodifiableSet(notes.keySet());
    }

    /** Runs one rule over the vault with the default severities; its findings in the order it reported them. */
    public List<Finding> run(VaultRule rule) {
        Findings out = new Findings(SeverityPolicy.DEFAULTS);
        rule.check(context(), out);
        return out.findings();
    }

    /** Runs each rule over one context, their findings one rule after another. */
    public List<Finding> run(List<? extends VaultRule> rules) {
        VaultContext context = context();
        Findings out = new Findings(SeverityPolicy.DEFAULTS);
        rules.forEach(rule -> rule.check(context, out));
        return out.findings();
    }

    /** {@code file:line rule.id -> [related, ...]} per finding: where each finding is and what else it concerns. */
    public static List<String> related(List<Finding> findings) {
        return findings.stream().map(f -> f.file() + ":" + f.line() + " " + f.ruleId() + " -> " + f.related()).toList();
    }

    /** What a run hands the cross-file rules for this vault. */
    public VaultContext context() {
        NoteParser parser = new NoteParser();
        Map<String, Note> parsed = new TreeMap<>();
        Map<String, NoteSummary> summaries = new HashMap<>();
        notes.forEach((path, text) -> {
            Note note = parser.parse(path, text);
            parsed.put(path, note);
            summaries.put(path, NoteSummary.of(note));
        });
        Map<String, Rubric> rubrics = new HashMap<>();
        parsed.forEach((path, note) -> {
            if (PathNames.fileName(path).equalsIgnoreCase("quality_rubric.md")) {
                rubrics.put(path, new RubricParser(RuleCatalog.clauseForms(), RuleCatalog.valueForms()).parse(path, note));
            }
        });
        VaultSummary index = new VaultSummary(summaries, otherFiles);
        // as the engine does once every note is read: a prose contract's unnamed headings inferred from the chapters
        List<Series> series = new SeriesDiscovery().discover(new ArrayList<>(parsed.keySet()), rubrics::get).stream()
                .map(one -> HeadingInference.complete(one, index)).toList();
        for (Series one : series) {
            // as the per-note pass does: what each chapter holds of the terms its series checks name
            for (String chapter : one.chapters()) {
                summaries.put(chapter, summaries.get(chapter).withTerms(one.rubric().seriesTermsIn(parsed.get(chapter))));
            }
        }
        VaultSummary indexed = new VaultSummary(summaries, otherFiles);
        Map<String, SeriesReadme> readmes = new HashMap<>();
        Map<String, Series> seriesByDir = new HashMap<>();
        for (Series one : series) {
            seriesByDir.put(one.dir(), one);
            readmes.put(one.dir(), new ReadmeParser().parse(one.readme(), parsed.get(one.readme())));
        }
        List<VaultContext.Matrix> matrices = new ArrayList<>();
        parsed.forEach((path, note) -> {
            if (PathNames.fileName(path).toLowerCase(Locale.ROOT).equals("coverage_matrix.md")) {
                CoverageMatrix matrix = new MatrixParser().parse(path, note);
                String folder = PathNames.parent(path);
                matrices.add(new VaultContext.Matrix(matrix, folder, seriesByDir.get(folder)));
            }
        });
        PropertyDictionary parsedDictionary = dictionary == null ? null
                : new DictionaryParser().parse(dictionary, parsed.get(dictionary));
        return new VaultContext(indexed, series, readmes, matrices,
                new HashSet<>(filesWithErrors), parsedDictionary, templates, Map.of(), null);
    }
}
