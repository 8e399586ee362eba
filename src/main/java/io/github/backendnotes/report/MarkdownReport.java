package io.github.backendnotes.report;

import io.github.backendnotes.files.TextOut;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code report.md}: a summary for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the counts, then the
 * findings by severity (errors, warnings, infos), each severity grouped by file. It shows at most
 * {@value #MAX_FINDINGS} findings, but never leaves out an unsuppressed error: when it must cut, the warnings and
 * infos go first, and a last line says how many of each it left out.
 */
public final class MarkdownReport {

    public static final int MAX_FINDINGS = 200;

    private static final Map<Severity, String> SECTIONS = Map.of(
            Severity.ERROR, "Errors", Severity.WARNING, "Warnings", Severity.INFO, "Infos");

    private MarkdownReport() {
    }

    public static Path write(RunResult result, Path outputDirectory) throws IOException {
        return ReportFormat.MARKDOWN.writeText(outputDirectory, out -> render(result, out));
    }

    public static String render(RunResult result) {
        return TextOut.text(out -> render(result, out));
    }

    /** Writes the report to {@code md}. */
    public static void render(RunResult result, TextOut md) {
        md.append("## Backend notes: ").append(ConsoleReport.counts(result)).append("\n\n");
        md.append("| Errors | Warnings | Infos | Suppressed | Files | Chapters |\n");
        md.append("|---:|---:|---:|---:|---:|---:|\n");
        md.append("| ").append(result.count(Severity.ERROR))
                .append(" | ").append(result.count(Severity.WARNING))
                .append(" | ").append(result.count(Severity.INFO))
                .append(" | ").append(result.suppressed())
                .append(" | ").append(result.files())
                .append(" | ").append(result.chapters()).append(" |\n");
        if (result.findings().isEmpty()) {
            md.append("\nNo findings.\n");
            return;
        }
        List<Finding> ordered = Reports.ordered(result.findings());
        List<Finding> shown = shown(ordered);
        for (Severity severity : Severity.values()) {
            List<Finding> ofSeverity = shown.stream().filter(f -> f.severity() == severity).toList();
            if (ofSeverity.isEmpty()) {
                continue;
            }
            md.append("\n### ").append(SECTIONS.get(severity)).append('\n');
            for (Map.Entry<String, List<Finding>> entry : Reports.byFile(ofSeverity).entrySet()) {
                md.append("\n#### ").append(escape(entry.getKey())).append("\n\n");
                for (Finding finding : entry.getValue()) {
                    md.append("- ").append(finding.line() > 0 ? "line " + finding.line() : "whole file").append(": ")
                            .append(finding.severity().label()).append(" [").append(finding.ruleId()).append("] ")
                            .append(escape(finding.message()))
                            .append(finding.suppressed() ? " *(suppressed)*" : "").append('\n');
                }
            }
        }
        leftOut(md, ordered, shown);
    }

    /**
     * The findings shown, in order: every unsuppressed error, and the others in order as long as the total stays
     * within {@value #MAX_FINDINGS} (counting the errors still to come).
     */
    static List<Finding> shown(List<Finding> ordered) {
        long reserved = ordered.stream().filter(MarkdownReport::alwaysShown).count();
        List<Finding> shown = new ArrayList<>();
        for (Finding finding : ordered) {
            if (alwaysShown(finding)) {
                shown.add(finding);
                reserved--;
            } else if (shown.size() + reserved < MAX_FINDINGS) {
                shown.add(finding);
            }
        }
        return shown;
    }

    private static boolean alwaysShown(Finding finding) {
        return !finding.suppressed() && finding.severity() == Severity.ERROR;
    }

    /** "… and 111 more left out: 12 warnings, 96 infos, 3 suppressed (report.json lists every finding)". */
    private static void leftOut(TextOut md, List<Finding> ordered, List<Finding> shown) {
        int more = ordered.size() - shown.size();
        if (more == 0) {
            return;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<Finding> kept = Collections.newSetFromMap(new IdentityHashMap<>());
        kept.addAll(shown);
        for (Finding finding : ordered) {
            if (!kept.contains(finding)) {
                String kind = finding.suppressed() ? "suppressed" : finding.severity().label() + "s";
                counts.merge(kind, 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        for (String kind : List.of("errors", "warnings", "infos", "suppressed")) {
            if (counts.containsKey(kind)) {
                parts.add(counts.get(kind) + " " + kind);
            }
        }
        md.append("\n… and ").append(more).append(" more left out: ").append(String.join(", ", parts))
                .append(" (`report.json` lists every finding)\n");
    }

    /** The ASCII characters escape does not copy as they are: controls, backticks and Markdown's punctuation. */
    private static final boolean[] NOT_PLAIN = new boolean[128];

    static {
        for (char c = 0; c < 0x20; c++) {
            NOT_PLAIN[c] = true;
        }
        for (char c : "`\\*_[]<>&~@".toCharArray()) {
            NOT_PLAIN[c] = true;
        }
    }

    /**
     * Makes text safe on one Markdown line: line breaks and tabs become spaces, other control characters U+FFFD;
     * outside code spans, characters that would start emphasis, links, HTML, entities, strikethrough or mentions are
     * backslash-escaped (pipes need not be outside tables). Backtick code spans
     * are kept as they are (messages quote values in them); a backtick without a closing one is escaped.
     */
    static String escape(String text) {
        String line = text.indexOf('\r') < 0 && text.indexOf('\n') < 0 ? text
                : text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder out = new StringBuilder(line.length() + 16);
        // the characters kept as they are are copied a run at a time
        int plain = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c >= NOT_PLAIN.length || !NOT_PLAIN[c]) {
                i++;
                continue;
            }
            out.append(line, plain, i);
            if (c == '`') {
                int run = runLength(line, i);
                int close = closingRun(line, i + run, run);
                if (close >= 0) {
                    out.append(line, i, close + run);
                    i = close + run;
                } else {
                    out.append("\\`".repeat(run));
                    i += run;
                }
            } else {
                if (c >= 0x20) {
                    out.append('\\');
                }
                out.append(c == '\t' ? ' ' : c < 0x20 ? '\uFFFD' : c);
                i++;
            }
            plain = i;
        }
        out.append(line, plain, line.length());
        return out.toString();
    }

    static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    /** Where a backtick run of exactly {@code length} starts at or after {@code from}, or -1. */
    static int closingRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int run = runLength(text, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }
}
