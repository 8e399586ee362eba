package io.github.backendnotes.engine;

import io.github.backendnotes.files.PlainFiles;
import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.config.ConfigLoad;
import io.github.backendnotes.engine.cache.NoteCache;
import io.github.backendnotes.run.RunResult;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.parse.DictionaryParser;
import io.github.backendnotes.config.ConfigRules;
import io.github.backendnotes.rules.index.IndexCoverageRule;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.SharedHeadings;
import io.github.backendnotes.model.VaultSummary;
import io.github.backendnotes.parse.MatrixParser;
import io.github.backendnotes.parse.ReadmeParser;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.parse.RubricParser;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.LinkResolver;
import io.github.backendnotes.links.LinkMode;
import io.github.backendnotes.links.LinkModes;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.parse.ParseRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks a notes tree: scans it, discovers the series, then parses and checks every note on a pool of
 * workers. Knows nothing of Maven.
 */
public final class VerificationEngine {

    private static final long WORKER_STACK_BYTES = 256L * 1024 * 1024;
    /**
     * How much Markdown (in bytes of files) the workers read and parse ahead while the main thread walks the tree
     * and discovers the series, at most; never more than a heap's 64th, which keeps the notes held meanwhile small.
     * A vault of this size or less is parsed whole while the series are found: on the benchmark vault (16.6 MB)
     * that took less time and less CPU than reading ahead its first 4 MB and parsing the rest as it is checked.
     */
    private static final long MAX_READ_AHEAD_BYTES = 32L * 1024 * 1024;

    private final NoteParser parser = new NoteParser();
    private final RubricParser rubricParser = new RubricParser();
    private final ReadmeParser readmeParser = new ReadmeParser();
    private final MatrixParser matrixParser = new MatrixParser();
    private final List<NoteRule> rules;
    private final List<VaultRule> vaultRules;
    private final SeverityPolicy policy;
    private final long maxReadAheadBytes;

    public VerificationEngine() {
        this(RuleCatalog.noteRules(), RuleCatalog.vaultRules(), SeverityPolicy.DEFAULTS);
    }

    public VerificationEngine(List<NoteRule> rules, SeverityPolicy policy) {
        this(rules, List.of(), policy);
    }

    public VerificationEngine(List<NoteRule> rules, List<VaultRule> vaultRules, SeverityPolicy policy) {
        this(rules, vaultRules, policy, MAX_READ_AHEAD_BYTES);
    }

    /** With another bound on what is read ahead: the tests compare runs with and without it. */
    VerificationEngine(List<NoteRule> rules, List<VaultRule> vaultRules, SeverityPolicy policy, long maxReadAheadBytes) {
        this.rules = List.copyOf(rules);
        this.vaultRules = List.copyOf(vaultRules);
        this.policy = policy;
        this.maxReadAheadBytes = maxReadAheadBytes;
    }

    /**
     * What the per-file pass keeps of a note: its findings, its compact index entry, and what a cross-file rule
     * reads of a series README or a coverage matrix, read here rather than holding the whole note to the end.
     */
    private record FileOutcome(List<Finding> findings, NoteSummary indexed, SeriesReadme readme, CoverageMatrix matrix,
                               Stored stored) {
    }

    /**
     * What every check of the per-file pass shares: the severities, the size limit, the cache (null when the run
     * keeps none) and the H2 headings met so far.
     */
    private record PerFileRun(Path root, SeverityPolicy policy, long maxFileSize, NoteCache cache,
                              SharedHeadings sharedHeadings) {
    }

    /** What the note index cache keeps of a note: its content hash, and the whole note when every run reads it. */
    private record Stored(String contentHash, Note whole) {
    }

    /** @throws IOException only when the notes directory itself cannot be walked */
    public RunResult verify(RunRequest request) throws IOException {
        Path root = request.notesDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "notes directory does not exist");
        }
        List<Finding> findings = new ArrayList<>();
        // The configuration is validated before any note is read.
        ConfigLoad config = ConfigLoad.load(request, findings, policy);
        SeverityPolicy runPolicy = policy.overlay(config.config().rules());
        List<String> excludes = new ArrayList<>(request.excludes());
        excludes.addAll(config.config().excludes());
        // with changedSince, every note is still indexed (links need their targets) but only changed ones are checked
        Set<String> changed = request.changedSince() == null ? null : GitChanges.since(root, request.changedSince());
        ExecutorService workers = Executors.newFixedThreadPool(request.threads(), daemonThreads());
        try {
            // the stored index is only read when notes go unchecked; it is written on every run, for the next one
            NoteCache cache = request.indexCache() == null ? null
                    : NoteCache.open(request.indexCache(), changed != null, workers);
            // the rubrics are read and parsed while the walk goes on: the series cannot be found without them
            Map<String, Future<RubricRead>> rubrics = new HashMap<>();
            // so are the first notes found, up to a bound, which would otherwise wait for the series to be known
            Map<String, Future<NoteRead>> readAhead = new LinkedHashMap<>();
            long[] readAheadBytes = {changed == null
                    ? Math.min(Runtime.getRuntime().maxMemory() / 64, maxReadAheadBytes) : 0};
            long maxFileSize = request.maxFileSize();
            VaultScanner.Scan scan = new VaultScanner(root, excludes).scan((path, size) -> {
                if (SeriesDiscovery.isRubric(path)) {
                    rubrics.put(path, workers.submit(() -> {
                        NoteRead read = readThroughCache(root, path, maxFileSize, cache, false);
                        return new RubricRead(read, rubricParser.parse(path, read.note()));
                    }));
                } else if (readAheadBytes[0] > 0 && size <= readAheadBytes[0]) {
                    readAheadBytes[0] -= size;
                    readAhead.put(path, workers.submit(() -> readThroughCache(root, path, maxFileSize, cache, false)));
                }
            });
            try {
                return verify(root, request, config, runPolicy, scan, rubrics, readAhead, changed, cache, findings,
                        workers);
            } finally {
                if (cache != null) {
                    cache.discard();
                }
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private RunResult verify(Path root, RunRequest request, ConfigLoad config, SeverityPolicy runPolicy,
                                VaultScanner.Scan scan, Map<String, Future<RubricRead>> rubrics,
                                Map<String, Future<NoteRead>> readAhead, Set<String> changed, NoteCache cache,
                                List<Finding> findings, ExecutorService workers) throws IOException {
        long maxFileSize = request.maxFileSize();
        // the rubrics' notes are kept so that they are not read twice
        Map<String, NoteRead> parsedEarly = new ConcurrentHashMap<>();
        Map<String, Rubric> parsedRubrics = new HashMap<>();
        for (Map.Entry<String, Future<RubricRead>> rubric : rubrics.entrySet()) {
            RubricRead read = await(rubric.getValue());
            parsedEarly.put(rubric.getKey(), read.read());
            parsedRubrics.put(rubric.getKey(), read.rubric());
        }
        List<Series> series = config.extend(new SeriesDiscovery().discover(scan.markdownFiles(),
                parsedRubrics::get));
        Map<String, ChapterContext> chapters = chapterContexts(series);
        // a dictionary read ahead is taken from there, not read again
        String dictionaryPath = request.choose(request.dictionary(), RunRequest.DEFAULT_DICTIONARY).reported();
        Future<NoteRead> dictionaryRead = readAhead.remove(dictionaryPath);
        if (dictionaryRead != null) {
            parsedEarly.put(dictionaryPath, await(dictionaryRead));
        }
        DictionaryLoad dictionary = loadDictionary(root, request, parsedEarly, runPolicy, maxFileSize);
        TemplateMatcher matcher = new TemplateMatcher(request.templates());
        Set<String> templateNotes = new HashSet<>();
        scan.markdownFiles().stream().filter(matcher::matches).forEach(templateNotes::add);
        Set<String> readmes = new HashSet<>();
        series.forEach(one -> readmes.add(one.readme()));

        for (VaultScanner.Unreadable unreadable : scan.unreadable()) {
            Findings sink = new Findings(unreadable.path(), null, runPolicy);
            sink.report(unreadable.rule(), 0, 0, unreadable.message());
            findings.addAll(sink.findings());
        }
        Map<String, NoteSummary> indexed = new HashMap<>();
        Map<String, SeriesReadme> readmeByPath = new HashMap<>();
        Map<String, CoverageMatrix> matrixByPath = new java.util.TreeMap<>();
        List<Future<FileOutcome>> results = new ArrayList<>();
        // the chapters of one series folder share one context
        Map<ChapterContext, NoteContext> contexts = new java.util.IdentityHashMap<>();
        NoteContext outsideSeries = NoteContext.under(dictionary.dictionary(), null);
        PerFileRun run = new PerFileRun(root, runPolicy, maxFileSize, cache, new SharedHeadings());
        // the notes read ahead are checked first, so that they are not held while the others are
        List<String> order = new ArrayList<>(readAhead.keySet());
        scan.markdownFiles().stream().filter(path -> !readAhead.containsKey(path)).forEach(order::add);
        for (String path : order) {
            ChapterContext chapter = chapters.get(path);
            NoteContext context = templateNotes.contains(path) ? NoteContext.NONE : chapter == null ? outsideSeries
                    : contexts.computeIfAbsent(chapter, one -> NoteContext.under(dictionary.dictionary(), one));
            NoteContext checked = changed == null || changed.contains(path) ? context : null;
            NoteRead early = parsedEarly.remove(path);
            Future<NoteRead> ahead = readAhead.remove(path);
            results.add(workers.submit(() -> check(run, path, early != null ? early : ahead == null ? null : await(ahead),
                    early != null, checked, readmes.contains(path))));
        }
        for (int i = 0; i < results.size(); i++) {
            FileOutcome outcome = await(results.get(i));
            // let go of the outcome once taken in: a note stored whole in the cache is not held to the end
            results.set(i, null);
            String path = outcome.indexed().path();
            findings.addAll(outcome.findings());
            indexed.put(path, outcome.indexed());
            if (outcome.readme() != null) {
                readmeByPath.put(path, outcome.readme());
            }
            if (outcome.matrix() != null) {
                matrixByPath.put(path, outcome.matrix());
            }
            if (outcome.stored() != null) {
                // stored as the outcomes come in, while the workers check the rest, not in a pass of its own after them
                cache.record(path, outcome.stored().contentHash(), outcome.indexed(),
                        outcome.stored().whole());
            }
        }
        if (cache != null) {
            cache.save();
        }
        findings.addAll(dictionary.findings());
        VaultSummary index = new VaultSummary(indexed, scan.otherFiles());
        LinkMode linkMode = LinkModes.choose(request.linkResolution(), config.config().linkResolution(), root);
        VaultContext vault = vaultContext(index, series, readmeByPath, matrixByPath, findings, dictionary.dictionary(),
                templateNotes, workers, linkMode);
        // the cross-file rules only read the context: they run side by side, each with its own sink
        List<Future<List<Finding>>> crossFile = new ArrayList<>();
        for (VaultRule rule : vaultRules) {
            crossFile.add(workers.submit(() -> {
                Findings out = new Findings(runPolicy);
                rule.check(vault, out);
                return out.findings();
            }));
        }
        for (Future<List<Finding>> result : crossFile) {
            findings.addAll(await(result));
        }
        if (changed != null) {
            findings.removeIf(finding -> !involvesChanged(finding, changed));
        }
        List<Finding> suppressed = suppressInline(findings, index);
        BaselineLoad baseline = BaselineLoad.load(request);
        Baseline.Applied applied = baseline.baseline().apply(suppressed);
        List<Finding> all = new ArrayList<>(applied.findings());
        all.addAll(baseline.findings(runPolicy));
        all.sort(Finding.ORDER);
        return new RunResult(root, scan.markdownFiles().size(), series, all, dictionary.dictionary(),
                IndexCoverageRule.coverage(vault).orElse(null),
                baseline.file() == null ? null : new RunResult.BaselineUse(baseline.file(), applied.fixed()),
                changed == null ? 0 : (int) scan.markdownFiles().stream().filter(p -> !changed.contains(p)).count(),
                // with changedSince the unchanged chapters were not checked: whether they meet their rubric is unknown
                request.coverage() && changed == null ? new ComplianceBuilder(vault, all).build(workers) : List.of(),
                linkMode);
    }

    /**
     * A finding about a changed file, or a cross-file finding that names one (a README entry, a matrix row, a
     * link to it): by its path from the root, or by a path or bare name that its path ends with.
     */
    private static boolean involvesChanged(Finding finding, Set<String> changed) {
        if (changed.contains(finding.file())) {
            return true;
        }
        for (String path : changed) {
            if (namesFile(finding.message(), path)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the text names the file: its path, or a part of its path after a folder separator ({@code 02_x.md},
     * {@code basics/02_x.md}, also after {@code ../}), stands there on its own, not as the end of another file's
     * path ({@code other/02_x.md}) or name ({@code old_02_x.md}).
     */
    static boolean namesFile(String text, String path) {
        String name = PathNames.fileName(path);
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            if (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                continue;
            }
            for (int from = 0; from >= 0; from = nextPart(path, from)) {
                String part = path.substring(from);
                int start = end - part.length();
                if (start >= 0 && text.startsWith(part, start) && standsAlone(text, start)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Where the part of the path after the next separator starts, or -1. */
    private static int nextPart(String path, int from) {
        int slash = path.indexOf('/', from);
        return slash < 0 ? -1 : slash + 1;
    }

    /** Whether nothing path-like precedes {@code start}, once any {@code ./} and {@code ../} are skipped. */
    private static boolean standsAlone(String text, int start) {
        while (start >= 2 && text.startsWith("./", start - 2)) {
            start -= 2;
            if (start >= 1 && text.charAt(start - 1) == '.') {
                start--;
            }
        }
        if (start == 0) {
            return true;
        }
        char before = text.charAt(start - 1);
        return !Character.isLetterOrDigit(before) && "/._-".indexOf(before) < 0;
    }

    private static <T> T await(Future<T> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking notes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed unexpectedly", e.getCause());
        }
    }

    /** Marks the findings a note's inline comments or front matter suppress. */
    private static List<Finding> suppressInline(List<Finding> findings, VaultSummary index) {
        List<Finding> marked = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            NoteSummary note = index.note(finding.file());
            boolean suppressed = note != null && note.suppressions().suppresses(finding.ruleId(), finding.line());
            marked.add(suppressed ? finding.suppress() : finding);
        }
        return marked;
    }

    /**
     * A note as read: parsed, or taken from the cache ({@code note} the whole note, or only {@code indexed} when
     * that is all the run needs of it); {@code contentHash} is null when the run keeps no cache.
     */
    private record NoteRead(Note note, NoteSummary indexed, String contentHash) {
    }

    /** A rubric as read, and what it says. */
    private record RubricRead(NoteRead read, Rubric rubric) {
    }

    /**
     * Reads a note, reusing what the cache holds for its content when the run has loaded the cache.
     *
     * @param indexOnly whether its index entry is all the run needs (an unchanged note, with changedSince)
     */
    private NoteRead readThroughCache(Path root, String path, long maxFileSize, NoteCache cache,
                                      boolean indexOnly) {
        Content content = load(root.resolve(path), path, maxFileSize);
        if (content.bytes() == null) {
            return new NoteRead(content.unreadable(), null, null);
        }
        if (cache == null) {
            return new NoteRead(parse(path, content.bytes()), null, null);
        }
        String contentHash = NoteCache.contentHash(content.bytes());
        if (indexOnly) {
            NoteSummary reused = cache.reuse(path, contentHash);
            if (reused != null) {
                return new NoteRead(null, reused, contentHash);
            }
        } else {
            Note reused = cache.reuseParsed(path, contentHash);
            if (reused != null) {
                return new NoteRead(reused, null, contentHash);
            }
        }
        return new NoteRead(parse(path, content.bytes()), null, contentHash);
    }

    /**
     * @param early     the note when it was read before the per-file pass (a rubric, the dictionary, a note read
     *                  ahead), else null
     * @param readWhole whether every run reads the note whole before this pass (a rubric, the dictionary): the
     *                  cache then keeps it whole
     * @param context   null when the note is only indexed, not checked
     * @param readme    whether the note is a series README: the cross-file rules read it, as they read every
     *                  coverage matrix
     */
    private FileOutcome check(PerFileRun run, String path, NoteRead early, boolean readWhole, NoteContext context,
                              boolean readme) {
        boolean matrix = isMatrix(path);
        boolean keep = readme || matrix;
        NoteRead read = early != null ? early
                : readThroughCache(run.root(), path, run.maxFileSize(), run.cache(), context == null && !keep);
        if (read.note() == null) {
            return new FileOutcome(List.of(), read.indexed(), null, null, stored(read, null));
        }
        Note note = read.note();
        Findings sink = new Findings(path, context == null ? null : context.seriesName(), run.policy());
        if (context != null) {
            for (ParseProblem problem : note.problems()) {
                sink.report(problem.rule(), problem.line(), problem.column(), problem.message());
            }
            try {
                NoteContext decided = context.withKindOf(note);
                for (NoteRule rule : rules) {
                    rule.check(note, decided, sink);
                }
            } catch (StackOverflowError e) {
                sink.report(ParseRules.TOO_COMPLEX, 0, 0, "the note nests too deeply to be checked; it is checked only in part");
            } catch (RuntimeException e) {
                reportDefect(e, sink);
            }
        }
        SeriesReadme readmeRead = readme ? readForCrossFile(() -> readmeParser.parse(path, note), sink) : null;
        CoverageMatrix matrixRead = matrix ? readForCrossFile(() -> matrixParser.parse(path, note), sink) : null;
        // every run reads the rubrics, READMEs and matrices whole: the next one can take them from the cache
        return new FileOutcome(sink.findings(), NoteSummary.of(note, run.sharedHeadings()), readmeRead, matrixRead,
                stored(read, keep || readWhole ? note : null));
    }

    /**
     * What the cross-file rules read of a README or a matrix; null, with a finding on the note, when that fails (the
     * cross-file checks of the series then leave it out; with changedSince an unchanged note's finding is not shown).
     */
    static <T> T readForCrossFile(java.util.function.Supplier<T> read, Findings sink) {
        try {
            return read.get();
        } catch (StackOverflowError e) {
            sink.report(ParseRules.TOO_COMPLEX, 0, 0, "the note nests too deeply to be read for the cross-file checks");
        } catch (RuntimeException e) {
            reportDefect(e, sink);
        }
        return null;
    }

    /** A defect of the plugin met on a note: reported on the note, and the run goes on. */
    private static void reportDefect(RuntimeException e, Findings sink) {
        sink.report(ParseRules.INTERNAL_ERROR, 0, 0, "the plugin failed on this note (" + e
                + "); please report it with the note");
    }

    /** Null when the run keeps no cache, or the note could not be read. */
    private static Stored stored(NoteRead read, Note whole) {
        return read.contentHash() == null ? null : new Stored(read.contentHash(), whole);
    }

    private VaultContext vaultContext(VaultSummary index, List<Series> series, Map<String, SeriesReadme> readmeByPath,
                                      Map<String, CoverageMatrix> matrixByPath, List<Finding> fileFindings,
                                      PropertyDictionary dictionary, Set<String> templates, ExecutorService workers,
                                      LinkMode linkMode) {
        // the workers resolve the links while this thread gathers the rest
        List<NoteSummary> notes = List.copyOf(index.notes().values());
        LinkResolver resolver = new LinkResolver(index, linkMode);
        Slices<List<LinkResolver.Resolution>> links = Slices.start(notes, 512, resolver::resolveLinks, workers);
        Map<String, SeriesReadme> readmes = new HashMap<>();
        Map<String, Series> seriesByDir = new HashMap<>();
        for (Series one : series) {
            seriesByDir.putIfAbsent(one.dir(), one);
            SeriesReadme readme = readmeByPath.get(one.readme());
            if (readme != null) {
                readmes.put(one.dir(), readme);
            }
        }
        List<VaultContext.Matrix> matrices = new ArrayList<>();
        // in the order of their paths
        matrixByPath.forEach((path, matrix) -> {
            String folder = PathNames.parent(path);
            matrices.add(new VaultContext.Matrix(matrix, folder, seriesByDir.get(folder)));
        });
        Set<String> filesWithErrors = new HashSet<>();
        fileFindings.stream().filter(f -> f.severity() == Severity.ERROR).forEach(f -> filesWithErrors.add(f.file()));
        Map<String, List<LinkResolver.Resolution>> resolutions = new HashMap<>();
        List<List<LinkResolver.Resolution>> resolved = links.await();
        for (int i = 0; i < notes.size(); i++) {
            resolutions.put(notes.get(i).path(), resolved.get(i));
        }
        return new VaultContext(index, series, readmes, matrices, filesWithErrors, dictionary, templates, Map.of(),
                resolutions);
    }

    /** The dictionary and what went wrong reading it. */
    private record DictionaryLoad(PropertyDictionary dictionary, List<Finding> findings) {
    }

    /**
     * The property dictionary: the one the request names (a finding when it is missing), else the default file at
     * the notes root when it exists. One inside the tree is parsed once, with the other notes' parser.
     */
    private DictionaryLoad loadDictionary(Path root, RunRequest request, Map<String, NoteRead> parsedEarly,
                                          SeverityPolicy runPolicy, long maxFileSize) {
        RunRequest.FileChoice choice = request.choose(request.dictionary(), RunRequest.DEFAULT_DICTIONARY);
        Path file = choice.path();
        String reported = choice.reported();
        boolean named = choice.named();
        if (!PlainFiles.isPlainFile(root, file)) {
            if (!named) {
                return new DictionaryLoad(null, List.of());
            }
            Findings sink = new Findings(reported, null, runPolicy);
            sink.report(ConfigRules.DICTIONARY_MISSING, 0, 0, "the property dictionary '" + request.dictionary()
                    + "' does not exist");
            return new DictionaryLoad(null, sink.findings());
        }
        Note note = file.startsWith(root)
                ? parsedEarly.computeIfAbsent(reported, p -> new NoteRead(read(root, p, maxFileSize), null, null)).note()
                : readFile(file, reported, maxFileSize);
        return new DictionaryLoad(new DictionaryParser().parse(reported, note), List.of());
    }

    private static boolean isMatrix(String path) {
        return PathNames.fileName(path).equalsIgnoreCase("coverage_matrix.md");
    }

    private Note read(Path root, String path, long maxFileSize) {
        return readFile(root.resolve(path), path, maxFileSize);
    }

    /**
     * Reads and parses one file. Whatever the file holds, the outcome is a note: one too large, unreadable or
     * nested too deeply to parse carries the problem instead of its content.
     */
    private Note readFile(Path file, String reported, long limit) {
        Content content = load(file, reported, limit);
        return content.bytes() == null ? content.unreadable() : parse(reported, content.bytes());
    }

    /** A file's bytes, or the note that says why there are none. */
    private record Content(byte[] bytes, Note unreadable) {
    }

    private static Content load(Path file, String reported, long limit) {
        try {
            long size = Files.size(file);
            if (size > limit) {
                return new Content(null, Note.unreadable(reported, new ParseProblem(ParseRules.TOO_LARGE, 0, 0,
                        "file is " + megabytes(size) + ", above the limit of " + megabytes(limit)
                        + " (backend-notes.maxFileSize); it is not checked", false)));
            }
            return new Content(Files.readAllBytes(file), null);
        } catch (IOException e) {
            return new Content(null, Note.unreadable(reported, new ParseProblem(ParseRules.UNREADABLE, 0, 0,
                    "cannot be read: " + e.getClass().getSimpleName(), false)));
        }
    }

    private Note parse(String reported, byte[] bytes) {
        try {
            return parser.parse(reported, bytes);
        } catch (StackOverflowError e) {
            return Note.unreadable(reported, new ParseProblem(ParseRules.TOO_COMPLEX, 0, 0,
                    "the note nests too deeply to be read; it is not checked", false));
        }
    }

    private static String megabytes(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes < 1024 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
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

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            // a deep stack: a pathologically nested note is read rather than reported as too complex
            Thread thread = new Thread(null, runnable, "backend-notes-worker", WORKER_STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
