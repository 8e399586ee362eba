package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code report.md}: a summary for a pull-request comment or {@code $GITHUB_STEP_SUMMARY}: the counts, then the
 * findings grouped by file, at most {@value #MAX_FINDINGS} finding lines.
 */
public final class MarkdownReport {

    public static final int MAX_FINDINGS = 200;

    private MarkdownReport() {
    }

    public static Path write(RunResult result, Path outputDirectory) throws IOException {
        return ReportFormat.MARKDOWN.writeText(outputDirectory, render(result));
    }

    public static String render(RunResult result) {
        StringBuilder md = new StringBuilder();
        md.append("## Backend notes: ").append(ConsoleReport.summary(result)).append("\n\n");
        md.append("| Errors | Warnings | Infos | Suppressed | Files | Chapters |\n");
        md.append("|---:|---:|---:|---:|---:|---:|\n");
        md.append("| ").append(result.count(Severity.ERROR))
                .append(" | ").append(result.count(Severity.WARNING))
                .append(" | ").append(result.count(Severity.INFO))
                .append(" | ").append(result.suppressed())
                .append(" | ").append(result.files())
                .append(" | ").append(result.chapters()).append(" |\n");
        if (result.findings().isEmpty()) {
            return md.append("\nNo findings.\n").toString();
        }
        int shown = 0;
        for (Map.Entry<String, List<Finding>> entry : Reports.byFile(result.findings()).entrySet()) {
            if (shown == MAX_FINDINGS) {
                break;
            }
            md.append("\n### ").append(escape(entry.getKey())).append("\n\n");
            for (Finding finding : entry.getValue()) {
                if (shown == MAX_FINDINGS) {
                    break;
                }
                md.append("- ").append(finding.line() > 0 ? "line " + finding.line() : "whole file").append(": ")
                        .append(finding.severity().label()).append(" [").append(finding.ruleId()).append("] ")
                        .append(escape(finding.message()))
                        .append(finding.suppressed() ? " *(suppressed)*" : "").append('\n');
                shown++;
            }
        }
        int more = result.findings().size() - shown;
        if (more > 0) {
            md.append("\n… and ").append(more).append(" more\n");
        }
        return md.toString();
    }

    /**
     * Makes text safe on one Markdown line: line breaks and tabs become spaces, other control characters U+FFFD;
     * outside code spans, characters that would start emphasis, links, HTML, entities, strikethrough or mentions are
     * backslash-escaped (pipes need not be outside tables). Backtick code spans
     * are kept as they are (messages quote values in them); a backtick without a closing one is escaped.
     */
    static String escape(String text) {
        String line = text.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
        StringBuilder out = new StringBuilder(line.length() + 16);
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
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
                continue;
            }
            if ("\\*_[]<>&~@".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c == '\t' ? ' ' : c < 0x20 ? '\uFFFD' : c);
            i++;
        }
        return out.toString();
    }

    private static int runLength(String text, int from) {
        int end = from;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - from;
    }

    /** Where a backtick run of exactly {@code length} starts at or after {@code from}, or -1. */
    private static int closingRun(String text, int from, int length) {
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
