package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes the configured report files. */
public final class Reports {

    private Reports() {
    }

    /**
     * Writes {@code report.json} (always: it is the contract, listed or not) and then every other format listed, each
     * once, in the order given.
     *
     * @return the files written, {@code report.json} first
     */
    public static List<Path> write(RunResult result, Path outputDirectory, List<ReportFormat> formats)
            throws IOException {
        Set<ReportFormat> toWrite = new LinkedHashSet<>();
        toWrite.add(ReportFormat.JSON);
        toWrite.addAll(formats);
        List<Path> written = new ArrayList<>();
        for (ReportFormat format : toWrite) {
            written.add(format.write(result, outputDirectory));
        }
        return List.copyOf(written);
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
