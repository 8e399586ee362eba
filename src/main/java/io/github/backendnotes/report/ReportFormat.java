package io.github.backendnotes.report;

import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.files.TextOut;

import io.github.backendnotes.run.RunResult;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The report files the plugin can write, each under a fixed name in the output directory. */
public enum ReportFormat {
    JSON("report.json"),
    SARIF("report.sarif"),
    JUNIT("TEST-backend-notes.xml"),
    MARKDOWN("report.md"),
    HTML("report.html");

    /** Written when nothing is configured. */
    public static final List<ReportFormat> DEFAULTS = List.of(JSON, SARIF, JUNIT, MARKDOWN);

    private final String fileName;

    ReportFormat(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }

    /** The report as text, generated now, its findings in {@link Reports#ORDER}. */
    public String render(RunResult result) {
        return render(result, ReportContext.now(null));
    }

    /** The report as text, its findings in {@link Reports#ORDER}. */
    public String render(RunResult result, ReportContext context) {
        RunResult ordered = Reports.ordered(result);
        return TextOut.text(out -> renderOrdered(ordered, context, out));
    }

    /** Writes the report to {@code out}, for findings already in {@link Reports#ORDER}. */
    void renderOrdered(RunResult ordered, ReportContext context, TextOut out) {
        switch (this) {
            case JSON -> JsonReport.render(ordered, out);
            case SARIF -> SarifReport.render(ordered, "", out);
            case JUNIT -> JunitReport.render(ordered, out);
            case MARKDOWN -> MarkdownReport.render(ordered, out);
            case HTML -> HtmlReport.render(ordered, context, out);
        }
    }

    /** Writes the report into {@code outputDirectory} under {@link #fileName()}, atomically. */
    public Path write(RunResult result, Path outputDirectory) throws IOException {
        return write(result, ReportContext.now(outputDirectory));
    }

    /** Writes the report into the context's output directory under {@link #fileName()}, atomically. */
    public Path write(RunResult result, ReportContext context) throws IOException {
        return writeOrdered(Reports.ordered(result), context);
    }

    /**
     * As {@link #write(RunResult, ReportContext)}, for findings already in {@link Reports#ORDER}: sorted once for all
     * formats.
     */
    Path writeOrdered(RunResult ordered, ReportContext context) throws IOException {
        return writeText(context.outputDirectory(), out -> renderOrdered(ordered, context, out));
    }

    /** Writes what {@code text} writes under {@link #fileName()}, atomically, as it is rendered. */
    Path writeText(Path outputDirectory, Consumer<TextOut> text) throws IOException {
        Path target = outputDirectory.resolve(fileName);
        AtomicFiles.write(target, stream -> TextOut.write(stream, text));
        return target;
    }

    /**
     * Parses a comma-separated list such as {@code "json, sarif,HTML"}: case-insensitive, blanks around names and
     * empty entries ignored, duplicates kept once in first-seen order. {@code null} or blank gives an empty list.
     *
     * @throws IllegalArgumentException naming the first unknown entry and the known names
     */
    public static List<ReportFormat> parse(String commaList) {
        List<ReportFormat> formats = new ArrayList<>();
        if (commaList == null) {
            return formats;
        }
        for (String entry : commaList.split(",", -1)) {
            String name = entry.strip();
            if (name.isEmpty()) {
                continue;
            }
            ReportFormat format = Arrays.stream(values())
                    .filter(f -> f.name().equals(name.toUpperCase(Locale.ROOT)))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown report format '" + name
                            + "'; known formats: " + knownNames()));
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        return formats;
    }

    /** {@code json, sarif, junit, markdown, html}. */
    public static String knownNames() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
