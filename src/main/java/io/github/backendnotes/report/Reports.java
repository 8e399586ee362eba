package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Writes the configured report files. */
public final class Reports {

    /**
     * The order of findings in every report: errors, then warnings, then infos; within a severity by path, line,
     * column (then rule and message, so that the order is total). Suppressed findings keep their place: they are
     * marked, not moved.
     */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity).thenComparing(Finding.ORDER);

    /** The heap below which the reports are rendered one at a time ({@link #writers}). */
    static final long PARALLEL_HEAP_BYTES = 1L << 30;

    private Reports() {
    }

    /** The findings in {@link #ORDER}. */
    public static List<Finding> ordered(List<Finding> findings) {
        return findings.stream().sorted(ORDER).toList();
    }

    /** The same result with its findings in {@link #ORDER}; the findings themselves are untouched. */
    public static RunResult ordered(RunResult result) {
        return result.withFindings(ordered(result.findings()));
    }

    /** {@link #write(RunResult, ReportContext, List)} generated now, without parameters. */
    public static List<Path> write(RunResult result, Path outputDirectory, List<ReportFormat> formats)
            throws IOException {
        return write(result, ReportContext.now(outputDirectory), formats);
    }

    /**
     * Writes {@code report.json} (always: it is the contract, listed or not) and then every other format listed, each
     * once, in the order given, into the context's output directory. The report files of formats not listed are
     * deleted, so that no report outlives its run and contradicts the new {@code report.json}.
     *
     * @return the files written, {@code report.json} first
     */
    public static List<Path> write(RunResult result, ReportContext context, List<ReportFormat> formats)
            throws IOException {
        Set<ReportFormat> toWrite = new LinkedHashSet<>();
        toWrite.add(ReportFormat.JSON);
        toWrite.addAll(formats);
        RunResult ordered = ordered(result);
        List<Path> written = new ArrayList<>();
        int threads = writers(toWrite.size(), Runtime.getRuntime().maxMemory(),
                Runtime.getRuntime().availableProcessors());
        if (threads <= 1) {
            for (ReportFormat format : toWrite) {
                written.add(format.writeOrdered(ordered, context));
            }
        } else {
            written.addAll(inParallel(List.copyOf(toWrite), ordered, context, threads));
        }
        for (ReportFormat format : ReportFormat.values()) {
            if (!toWrite.contains(format)) {
                Files.deleteIfExists(context.outputDirectory().resolve(format.fileName()));
            }
        }
        return List.copyOf(written);
    }

    /**
     * How many reports are rendered at once. On a large vault the reports, one after the other on the main thread,
     * were the last seconds of a run with the other cores idle; each is built whole in memory, so several at once
     * only where the heap is at least {@value #PARALLEL_HEAP_BYTES} bytes (under {@code -Xmx256m} one at a time,
     * as before).
     */
    static int writers(int formats, long maxHeap, int cores) {
        return maxHeap < PARALLEL_HEAP_BYTES ? 1 : Math.max(1, Math.min(formats, cores));
    }

    private static List<Path> inParallel(List<ReportFormat> formats, RunResult ordered, ReportContext context,
                                         int threads) throws IOException {
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "backend-notes-report");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Path>> files = new ArrayList<>();
            for (ReportFormat format : formats) {
                files.add(pool.submit(() -> format.writeOrdered(ordered, context)));
            }
            List<Path> written = new ArrayList<>();
            for (Future<Path> file : files) {
                written.add(await(file));
            }
            return written;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Path await(Future<Path> file) throws IOException {
        try {
            return file.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the reports were written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Joins a prefix and a relative path with exactly one {@code /}; backslashes become {@code /}. */
    static String prefixed(String prefix, String file) {
        String path = file.replace('\\', '/');
        if (prefix == null || prefix.isBlank()) {
            return path;
        }
        String base = prefix.strip().replace('\\', '/');
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        if (base.equals(".")) {
            base = "";
        }
        return base.isEmpty() ? path : base + "/" + path;
    }

    /** Findings grouped by file, files in the order their first finding comes. */
    static Map<String, List<Finding>> byFile(List<Finding> findings) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding finding : findings) {
            byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
        }
        return byFile;
    }
}
