package io.github.backendnotes.report;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.SeriesCompliance;

import java.util.HashMap;
import java.util.Map;

/**
 * The chapter table of a series on the coverage page ({@link ComplianceHtmlReport}): a row per chapter, sorted by
 * clicking a column header ({@link HtmlPage#SORT_SCRIPT}), each chapter's findings in a {@code details} element.
 * Every cell names its column in {@code data-label}, which the cards at phone width show before the value.
 */
final class ComplianceChapterTable {

    /** Sortable columns: label, {@code number} or {@code text}, and whether the cell spans a card at phone width. */
    private static final String[][] COLUMNS = {
        {"Chapter", "text", "wide"}, {"Title", "text", "wide"}, {"Kind", "text", "wide"}, {"Batch", "number", ""},
        {"Priority", "number", ""}, {"Minutes", "number", ""}, {"Matrix status", "text", ""},
        {"Category", "text", ""}, {"Errors", "number", ""}, {"Warnings", "number", ""}, {"Compliant", "text", ""},
        {"Findings", "number", "wide"},
    };

    private ComplianceChapterTable() {
    }

    /** The "Chapters" heading and the series' chapter table (or "No chapters."). */
    static void append(StringBuilder html, SeriesCompliance series) {
        html.append("<h3>Chapters</h3>\n");
        if (series.chapters().isEmpty()) {
            html.append("<p class=\"muted\">No chapters.</p>\n");
            return;
        }
        html.append("<div class=\"scroll\">\n<table class=\"chapters\" data-sortable=\"\">\n<thead><tr>");
        for (String[] column : COLUMNS) {
            html.append(HtmlPage.sortHeader(column[0], column[1], "none"));
        }
        html.append("</tr></thead>\n<tbody>\n");
        Map<String, Integer> priorityRank = new HashMap<>();
        series.byPriority().keySet().forEach(key -> priorityRank.putIfAbsent(key, priorityRank.size()));
        int order = 0;
        for (SeriesCompliance.Chapter chapter : series.chapters()) {
            String name = ComplianceMarkdownReport.chapterName(chapter);
            String state = chapter.missing() ? "missing" : chapter.compliant() ? "compliant" : "noncompliant";
            html.append("<tr class=\"chapter ").append(state).append("\" data-order=\"").append(order++)
                    .append("\" data-file=\"").append(e(chapter.file())).append("\">");
            html.append("<td class=\"wide\" data-value=\"").append(e(name)).append("\"><code>")
                    .append(HtmlPage.path(name)).append("</code></td>");
            text(html, 1, chapter.title());
            text(html, 2, chapter.template());
            number(html, 3, chapter.batch());
            // the README's order of its priority groups, not the tags' character codes
            Integer rank = chapter.priority() == null ? null : priorityRank.get(chapter.priority());
            cell(html, 4, "", rank == null ? "" : rank.toString(), chapter.priority());
            number(html, 5, chapter.minutes());
            text(html, 6, chapter.matrixStatus());
            text(html, 7, chapter.category());
            number(html, 8, chapter.errors());
            number(html, 9, chapter.warnings());
            String compliance = ComplianceMarkdownReport.compliance(chapter);
            cell(html, 10, "compliance", compliance, compliance);
            findings(html, chapter);
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private static void text(StringBuilder html, int column, String value) {
        cell(html, column, "", value == null ? "" : value, value);
    }

    private static void number(StringBuilder html, int column, Integer value) {
        String shown = value == null ? "" : value.toString();
        cell(html, column, "num", shown, shown);
    }

    /**
     * A body cell: its column's label (for the cards at phone width), classes, sort value and text. The text may
     * wrap after an underscore: a snake_case category or status is one long word otherwise, and widens its column.
     */
    private static void cell(StringBuilder html, int column, String classes, String value, String shown) {
        String all = (classes + (COLUMNS[column][2].isEmpty() ? "" : " " + COLUMNS[column][2])).strip();
        html.append("<td data-label=\"").append(COLUMNS[column][0]).append('"')
                .append(all.isEmpty() ? "" : " class=\"" + all + "\"").append(" data-value=\"").append(e(value))
                .append("\">").append(shown == null ? "" : e(shown).replace("_", "_<wbr/>")).append("</td>");
    }

    private static void findings(StringBuilder html, SeriesCompliance.Chapter chapter) {
        int count = chapter.findings().size();
        html.append("<td data-label=\"Findings\" class=\"findings wide\" data-value=\"").append(count).append("\">");
        if (count == 0) {
            html.append(chapter.missing() ? "file missing" : "none");
        } else {
            html.append("<details><summary>").append(count).append(count == 1 ? " finding" : " findings")
                    .append("</summary>\n<ul>\n");
            for (Finding finding : chapter.findings()) {
                html.append("<li data-rule=\"").append(e(finding.ruleId())).append("\" data-severity=\"")
                        .append(finding.severity().label()).append("\"><span class=\"sev sev-")
                        .append(finding.severity().label()).append("\">").append(finding.severity().label())
                        .append("</span> ").append(finding.line() > 0 ? "line " + finding.line() : "whole file")
                        .append(" <code>").append(e(finding.ruleId())).append("</code> ")
                        .append(e(finding.message())).append("</li>\n");
            }
            html.append("</ul>\n</details>");
        }
        html.append("</td>");
    }

    private static String e(String text) {
        return Markup.escape(text);
    }
}
