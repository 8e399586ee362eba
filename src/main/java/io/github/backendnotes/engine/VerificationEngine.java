package io.github.backendnotes.engine;

import io.github.backendnotes.config.VerifyRequest;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.rules.ChapterContext;
import io.github.backendnotes.rules.FindingSink;
import io.github.backendnotes.rules.NoteRule;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.rules.SeverityPolicy;
import io.github.backendnotes.rules.parse.ParseRules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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

    private final NoteParser parser = new NoteParser();
    private final List<NoteRule> rules;
    private final SeverityPolicy policy;

    public VerificationEngine() {
        this(RuleCatalog.noteRules(), SeverityPolicy.DEFAULTS);
    }

    public VerificationEngine(List<NoteRule> rules, SeverityPolicy policy) {
        this.rules = List.copyOf(rules);
        this.policy = policy;
    }

    /** @throws IOException only when the notes directory itself cannot be walked */
    public VerifyResult verify(VerifyRequest request) throws IOException {
        Path root = request.notesDirectory().toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new NoSuchFileException(root.toString(), null, "notes directory does not exist");
        }
        VaultScanner.Scan scan = new VaultScanner(root, request.excludes()).scan();
        // Rubrics are parsed during discovery; their notes are kept so that they are not parsed twice.
        Map<String, Note> parsedEarly = new ConcurrentHashMap<>();
        List<Series> series = new SeriesDiscovery().discover(scan.markdownFiles(),
                path -> parsedEarly.computeIfAbsent(path, p -> read(root, p)));
        Map<String, ChapterContext> chapters = chapterContexts(series);

        List<Finding> findings = new ArrayList<>();
        for (VaultScanner.Unreadable unreadable : scan.unreadable()) {
            FindingSink sink = new FindingSink(unreadable.path(), null, policy);
            sink.report(ParseRules.UNREADABLE, 0, 0, unreadable.message());
            findings.addAll(sink.findings());
        }
        ExecutorService workers = Executors.newFixedThreadPool(request.threads(), daemonThreads());
        try {
            List<Future<List<Finding>>> results = new ArrayList<>();
            for (String path : scan.markdownFiles()) {
                results.add(workers.submit(() -> check(root, path, parsedEarly.remove(path), chapters.get(path))));
            }
            for (Future<List<Finding>> result : results) {
                findings.addAll(result.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking notes", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a check failed unexpectedly", e.getCause());
        } finally {
            workers.shutdownNow();
        }
        findings.sort(Finding.ORDER);
        return new VerifyResult(root, scan.markdownFiles().size(), series, findings);
    }

    private List<Finding> check(Path root, String path, Note parsed, ChapterContext chapter) {
        Note note = parsed != null ? parsed : read(root, path);
        FindingSink sink = new FindingSink(path, chapter == null ? null : chapter.seriesName(), policy);
        ParseRules.report(note, sink);
        for (NoteRule rule : rules) {
            rule.check(note, chapter, sink);
        }
        return sink.findings();
    }

    private Note read(Path root, String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(root.resolve(path));
        } catch (IOException e) {
            return Note.unreadable(path, new ParseProblem(
                    ParseRules.UNREADABLE.id(), 0, 0, "cannot be read: " + e.getClass().getSimpleName(), false));
        }
        return parser.parse(path, bytes);
    }

    private static Map<String, ChapterContext> chapterContexts(List<Series> series) {
        Map<String, ChapterContext> contexts = new HashMap<>();
        for (Series one : series) {
            for (String chapter : one.chapters()) {
                String rest = one.dir().isEmpty() ? chapter : chapter.substring(one.dir().length() + 1);
                int slash = rest.indexOf('/');
                String folder = slash < 0 ? "" : rest.substring(0, slash);
                contexts.put(chapter, new ChapterContext(one.name(), one.rubric(), one.folders(), folder));
            }
        }
        return contexts;
    }

    private static java.util.concurrent.ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "backend-notes-worker");
            thread.setDaemon(true);
            return thread;
        };
    }
}
