package io.github.backendnotes.gate;

import io.github.backendnotes.links.LinkResolution;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ReportFormat;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.SnippetRequest;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Everything the {@code verify} gate is told, written to a file for a forked JVM and read back there. A
 * properties file: a key left out is a null, a list is its items under numbered keys.
 */
public record VerifyArgs(RunRequest request, SnippetRequest snippets, Verification.Settings settings) {

    public void write(Path file) throws IOException {
        Properties p = new Properties();
        put(p, "notesDirectory", request.notesDirectory());
        putList(p, "excludes", request.excludes());
        putList(p, "templates", request.templates());
        put(p, "dictionary", request.dictionary());
        put(p, "config", request.config());
        put(p, "baseline", request.baseline());
        put(p, "changedSince", request.changedSince());
        put(p, "maxFileSize", request.maxFileSize());
        put(p, "noteCache", request.noteCache());
        put(p, "compliance", request.compliance());
        put(p, "threads", request.threads());
        put(p, "linkResolution", request.linkResolution() == null ? null : request.linkResolution().name());
        put(p, "snippets.enabled", snippets.enabled());
        put(p, "snippets.work", snippets.work());
        put(p, "snippets.path", snippets.path());
        put(p, "verbose", settings.verbose());
        putList(p, "formats", settings.formats().stream().map(Enum::name).toList());
        put(p, "failOnViolation", settings.failOnViolation());
        put(p, "threshold", settings.threshold().name());
        put(p, "maxAllowedViolations", settings.maxAllowedViolations());
        put(p, "outputDirectory", settings.outputDirectory());
        putList(p, "parameters.name", List.copyOf(settings.parameters().keySet()));
        putList(p, "parameters.value", List.copyOf(settings.parameters().values()));
        put(p, "annotationsBase", settings.annotationsBase());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, null);
        }
    }

    public static VerifyArgs read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        String resolution = p.getProperty("linkResolution");
        RunRequest request = new RunRequest(path(p, "notesDirectory"), list(p, "excludes"), list(p, "templates"),
                p.getProperty("dictionary"), p.getProperty("config"), p.getProperty("baseline"),
                p.getProperty("changedSince"), Long.parseLong(p.getProperty("maxFileSize")), path(p, "noteCache"),
                Boolean.parseBoolean(p.getProperty("compliance")), Integer.parseInt(p.getProperty("threads")),
                resolution == null ? null : LinkResolution.valueOf(resolution), null);
        String enabled = p.getProperty("snippets.enabled");
        SnippetRequest snippets = new SnippetRequest(enabled == null ? null : Boolean.valueOf(enabled),
                path(p, "snippets.work"), p.getProperty("snippets.path"));
        List<String> names = list(p, "parameters.name");
        List<String> values = list(p, "parameters.value");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            parameters.put(names.get(i), values.get(i));
        }
        Verification.Settings settings = new Verification.Settings(Boolean.parseBoolean(p.getProperty("verbose")),
                list(p, "formats").stream().map(ReportFormat::valueOf).toList(),
                Boolean.parseBoolean(p.getProperty("failOnViolation")), Severity.valueOf(p.getProperty("threshold")),
                Integer.parseInt(p.getProperty("maxAllowedViolations")), path(p, "outputDirectory"), parameters,
                p.getProperty("annotationsBase"));
        return new VerifyArgs(request, snippets, settings);
    }

    private static void put(Properties p, String key, Object value) {
        if (value != null) {
            p.setProperty(key, value.toString());
        }
    }

    private static void putList(Properties p, String key, List<String> items) {
        p.setProperty(key + ".size", String.valueOf(items.size()));
        for (int i = 0; i < items.size(); i++) {
            put(p, key + "." + i, items.get(i));
        }
    }

    private static List<String> list(Properties p, String key) {
        int size = Integer.parseInt(p.getProperty(key + ".size", "0"));
        List<String> items = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            items.add(p.getProperty(key + "." + i));
        }
        return items;
    }

    private static Path path(Properties p, String key) {
        String value = p.getProperty(key);
        return value == null ? null : Paths.get(value);
    }
}
