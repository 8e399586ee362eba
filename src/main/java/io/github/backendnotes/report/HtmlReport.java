package io.github.backendnotes.report;

import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code report.html}: one self-contained page (inline CSS and script, nothing loaded from the network, which its
 * Content-Security-Policy also enforces) with the findings in a table and select boxes that filter them by severity,
 * category, series and suppression. The table turns into cards at phone width.
 */
public final class HtmlReport {

    /** {@code data-series} of a finding outside every series; a series is {@code s:} and its name. */
    static final String NO_SERIES = "-";

    /** Added to {@link HtmlPage#BASE_CSS}: counts, filters, suppressed rows, cards at phone width. */
    private static final String CSS = """
            .counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem;padding:0;list-style:none}
            .counts li{border:1px solid #d0d7de;border-radius:6px;padding:.25rem .6rem}
            .filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:0 0 1rem}
            .filters label{display:flex;flex-direction:column;font-size:.85rem;color:#57606a}
            .filters select{font:inherit;padding:.25rem;min-width:9rem;max-width:100%}
            tr.suppressed td{color:#6e7781}
            @media (max-width:640px){
            body{padding:.6rem}
            thead{display:none}
            table,tbody,tr,td{display:block;width:100%}
            tr{border:1px solid #d0d7de;border-radius:6px;margin:0 0 .6rem;padding:.2rem 0}
            td{border:0;padding:.15rem .6rem}
            td::before{content:attr(data-label) ": ";font-weight:600;color:#57606a}
            .filters label,.filters select{width:100%}
            }
            """;

    private static final String SCRIPT = """
            (function () {
              var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
              var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-severity]'));
              var shown = document.getElementById('shown');
              function apply() {
                var count = 0;
                rows.forEach(function (row) {
                  var visible = selects.every(function (select) {
                    return select.selectedIndex === 0
                        || row.getAttribute('data-' + select.getAttribute('data-filter')) === select.value;
                  });
                  row.hidden = !visible;
                  if (visible) { count++; }
                });
                shown.textContent = String(count);
              }
              selects.forEach(function (select) { select.addEventListener('change', apply); });
              apply();
            })();
            """;

    private HtmlReport() {
    }

    public static Path write(RunResult result, Path outputDirectory) throws IOException {
        return ReportFormat.HTML.writeText(outputDirectory, render(result));
    }

    public static String render(RunResult result) {
        Map<String, String> series = new TreeMap<>(Comparator.comparing(HtmlReport::seriesKeyOrder));
        TreeSet<String> categories = new TreeSet<>();
        for (Finding finding : result.findings()) {
            series.put(seriesKey(finding.series()), seriesLabel(finding.series()));
            categories.add(category(finding.ruleId()));
        }
        StringBuilder html = new StringBuilder(4096 + 512 * result.findings().size());
        HtmlPage.open(html, "Backend notes report", CSS).append("<h1>Backend notes report</h1>\n")
                .append("<p class=\"summary\">").append(e(ConsoleReport.summary(result))).append("<br>")
                .append(e(ToolInfo.NAME + " " + ToolInfo.version())).append(" &middot; <code>")
                .append(e(result.notesDirectory().toString())).append("</code></p>\n");
        html.append("<ul class=\"counts\">")
                .append(count("errors", result.count(Severity.ERROR)))
                .append(count("warnings", result.count(Severity.WARNING)))
                .append(count("infos", result.count(Severity.INFO)))
                .append(count("suppressed", result.suppressed()))
                .append(count("files", result.files()))
                .append(count("chapters", result.chapters()))
                .append("</ul>\n");

        html.append("<form class=\"filters\" onsubmit=\"return false\">\n");
        StringBuilder options = new StringBuilder();
        for (Severity severity : Severity.values()) {
            options.append(option(severity.label(), severity.label()));
        }
        html.append(select("severity", "Severity", "All severities", options));
        options.setLength(0);
        categories.forEach(category -> options.append(option(category, category)));
        html.append(select("category", "Category", "All categories", options));
        options.setLength(0);
        series.forEach((key, label) -> options.append(option(key, label)));
        html.append(select("series", "Series", "All series", options));
        options.setLength(0);
        options.append(option("false", "not suppressed")).append(option("true", "suppressed"));
        html.append(select("suppressed", "Status", "All findings", options));
        html.append("</form>\n<p><span id=\"shown\">").append(result.findings().size()).append("</span> of ")
                .append(result.findings().size()).append(" findings shown</p>\n");

        html.append("<table>\n<thead><tr><th>File</th><th>Line</th><th>Severity</th><th>Rule</th><th>Series</th>")
                .append("<th>Message</th></tr></thead>\n<tbody>\n");
        for (Finding finding : result.findings()) {
            row(html, finding);
        }
        if (result.findings().isEmpty()) {
            html.append("<tr><td colspan=\"6\">No findings.</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        return HtmlPage.close(html, SCRIPT).toString();
    }

    private static void row(StringBuilder html, Finding finding) {
        String severity = finding.severity().label();
        html.append("<tr data-severity=\"").append(severity)
                .append("\" data-category=\"").append(e(category(finding.ruleId())))
                .append("\" data-series=\"").append(e(seriesKey(finding.series())))
                .append("\" data-suppressed=\"").append(finding.suppressed()).append('"')
                .append(finding.suppressed() ? " class=\"suppressed\"" : "").append(">")
                .append("<td data-label=\"File\"><code>").append(e(finding.file())).append("</code></td>")
                .append("<td data-label=\"Line\">")
                .append(finding.line() > 0 ? finding.line() + (finding.column() > 0 ? ":" + finding.column() : "") : "")
                .append("</td>")
                .append("<td data-label=\"Severity\" class=\"sev sev-").append(severity).append("\">").append(severity)
                .append(finding.suppressed() ? "<span class=\"tag\">suppressed</span>" : "").append("</td>")
                .append("<td data-label=\"Rule\"><code>").append(e(finding.ruleId())).append("</code></td>")
                .append("<td data-label=\"Series\">").append(e(seriesLabel(finding.series()))).append("</td>")
                .append("<td data-label=\"Message\">").append(e(finding.message())).append("</td></tr>\n");
    }

    private static String count(String label, long value) {
        return "<li><strong>" + value + "</strong> " + label + "</li>";
    }

    private static String select(String filter, String label, String all, CharSequence options) {
        return "<label>" + label + "<select data-filter=\"" + filter + "\"><option value=\"\">" + all + "</option>"
                + options + "</select></label>\n";
    }

    private static String option(String value, String label) {
        return "<option value=\"" + e(value) + "\">" + e(label) + "</option>";
    }

    /** The part of the rule id before the first dot: {@code frontmatter} for {@code frontmatter.fixed-value}. */
    static String category(String ruleId) {
        int dot = ruleId.indexOf('.');
        return dot < 0 ? ruleId : ruleId.substring(0, dot);
    }

    static String seriesKey(String series) {
        return series == null ? NO_SERIES : "s:" + series;
    }

    static String seriesLabel(String series) {
        return series == null ? "(no series)" : series.isEmpty() ? "(root)" : series;
    }

    /** Named series by name, then the root series, then findings outside every series. */
    private static String seriesKeyOrder(String key) {
        return Objects.equals(key, NO_SERIES) ? "\uFFFF\uFFFF" : key.equals("s:") ? "\uFFFF" : key;
    }

    private static String e(String text) {
        return Markup.escape(text);
    }
}
