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
     * once, into the context's output directory. The report files of formats not listed are deleted, so that no
     * report outlives its run and contradicts the new {@code report.json}.
     *
     * @return the files written, {@code report.json} first, the others in the order given
     */
    public static List<Path> write(RunResult result, ReportContext context, List<ReportFormat> formats)
            throws IOException {
        return start(result, context, formats).await();
    }

    /**
     * Starts {@link #write(RunResult, ReportContext, List)} on threads of its own, a report per core at most, and
     * returns at once: the caller does other work (the console) meanwhile, then {@linkplain Writing#await() awaits}.
     */
    public static Writing start(RunResult result, ReportContext context, List<ReportFormat> formats) {
        Set<ReportFormat> toWrite = new LinkedHashSet<>();
        toWrite.add(ReportFormat.JSON);
        toWrite.addAll(formats);
        RunResult ordered = ordered(result);
        int threads = Math.max(1, Math.min(toWrite.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "backend-notes-report");
            thread.setDaemon(true);
            return thread;
        });
        List<Future<Path>> files = new ArrayList<>();
        for (ReportFormat format : toWrite) {
            files.add(pool.submit(() -> format.writeOrdered(ordered, context)));
        }
        pool.shutdown();
        return new Writing(pool, files, toWrite, context.outputDirectory());
    }

    /** Reports being written. */
    public static final class Writing {

        private final ExecutorService pool;
        private final List<Future<Path>> files;
        private final Set<ReportFormat> formats;
        private final Path outputDirectory;

        private Writing(ExecutorService pool, List<Future<Path>> files, Set<ReportFormat> formats,
                        Path outputDirectory) {
            this.pool = pool;
            this.files = files;
            this.formats = formats;
            this.outputDirectory = outputDirectory;
        }

        /**
         * Waits for every report, even after one failed, so that no report is still being written once this returns;
         * then deletes the files of the formats not written.
         *
         * @return the files written, {@code report.json} first
         * @throws IOException the first report's that could not be written, the others' suppressed in it
         */
        public List<Path> await() throws IOException {
            List<Path> written = new ArrayList<>();
            Exception failure = null;
            for (Future<Path> file : files) {
                try {
                    written.add(Reports.await(file));
                } catch (IOException | RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            pool.shutdown();
            if (failure instanceof IOException io) {
                throw io;
            }
            if (failure != null) {
                throw (RuntimeException) failure;
            }
            for (ReportFormat format : ReportFormat.values()) {
                if (!formats.contains(format)) {
                    Files.deleteIfExists(outputDirectory.resolve(format.fileName()));
                }
            }
            return List.copyOf(written);
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
