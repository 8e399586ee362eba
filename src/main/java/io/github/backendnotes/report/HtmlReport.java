package io.github.backendnotes.report;

import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.files.TextOut;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code report.html}: one self-contained page (inline CSS and script, nothing loaded from the network, which its
 * Content-Security-Policy also enforces) with when it was generated, the run's parameters, and the findings in a
 * table, errors first ({@link Reports#ORDER}), sorted by clicking a column header and filtered by severity, category,
 * series and suppression. File paths link to the notes, relative to the page. The table turns into cards at phone
 * width, its headers into a row of sort buttons.
 */
public final class HtmlReport {

    /** {@code data-series} of a finding outside every series; a series is {@code s:} and its name. */
    static final String NO_SERIES = "-";

    /** Column label and sort type; the page opens sorted by severity. */
    private static final String[][] COLUMNS = {
        {"File", "text"}, {"Line", "number"}, {"Severity", "number"}, {"Rule", "text"}, {"Series", "text"},
        {"Message", "text"},
    };

    /** Added to {@link HtmlPage#BASE_CSS}: counts, filters, suppressed rows, cards at phone width. */
    private static final String CSS = """
            .counts{display:flex;flex-wrap:wrap;gap:.5rem;margin:0 0 1rem;padding:0;list-style:none}
            .counts li{border:1px solid #d0d7de;border-radius:6px;padding:.25rem .6rem}
            .filters{display:flex;flex-wrap:wrap;gap:.75rem;align-items:end;margin:0 0 1rem}
            .filters label{display:flex;flex-direction:column;font-size:.85rem;color:#57606a}
            .filters select{font:inherit;padding:.25rem;min-width:9rem;max-width:100%}
            tr.suppressed td{color:#6e7781}
            td a{color:inherit}
            td.msg{overflow-wrap:anywhere}
            .num{white-space:nowrap}
            @media (max-width:640px){
            body{padding:.6rem}
            table,thead,tbody,tr,td{display:block;width:100%}
            thead tr{display:flex;flex-wrap:wrap;gap:.2rem .9rem;margin:0 0 .6rem}
            thead tr::before{content:"Sort by";color:#57606a;padding:.2rem 0}
            thead th{border:0;background:none;padding:.2rem 0}
            tbody tr{border:1px solid #d0d7de;border-radius:6px;margin:0 0 .6rem;padding:.2rem 0}
            td{border:0;padding:.15rem .6rem}
            td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#57606a}
            .filters label,.filters select{width:100%}
            }
            """;

    private static final String FILTER_SCRIPT = """
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
        return ReportFormat.HTML.write(result, ReportContext.now(outputDirectory));
    }

    /** The page generated now, its links as if it sat at the notes root. */
    public static String render(RunResult result) {
        return render(result, ReportContext.now(null));
    }

    public static String render(RunResult result, ReportContext context) {
        return TextOut.text(out -> render(result, context, out));
    }

    /** Writes the page to {@code html}. */
    public static void render(RunResult result, ReportContext context, TextOut html) {
        List<Finding> findings = Reports.ordered(result.findings());
        html.append(HtmlPage.head("Backend notes report", CSS)).append("<h1>Backend notes report</h1>\n")
                .append("<p class=\"summary\">").append(e(ConsoleReport.counts(result))).append("<br/>")
                .append(e(ToolInfo.NAME + " " + ToolInfo.version())).append(" &#183; generated ")
                .append(HtmlPage.time(context.generated())).append(" &#183; <code>")
                .append(HtmlPage.path(result.notesDirectory().toString())).append("</code></p>\n");
        parameters(html, context);
        html.append("<ul class=\"counts\">")
                .append(count("errors", result.count(Severity.ERROR)))
                .append(count("warnings", result.count(Severity.WARNING)))
                .append(count("infos", result.count(Severity.INFO)))
                .append(count("suppressed", result.suppressed()))
                .append(count("files", result.files()))
                .append(count("chapters", result.chapters()))
                .append("</ul>\n");
        filters(html, findings);
        html.append("<table data-sortable=\"\">\n<thead><tr>");
        for (String[] column : COLUMNS) {
            html.append(HtmlPage.sortHeader(column[0], column[1], column[0].equals("Severity") ? "ascending" : "none"));
        }
        html.append("</tr></thead>\n<tbody>\n");
        int order = 0;
        for (Finding finding : findings) {
            row(html, finding, order++, context.noteHref(result.notesDirectory(), finding.file()));
        }
        if (findings.isEmpty()) {
            html.append("<tr><td colspan=\"6\">No findings.</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n");
        html.append(HtmlPage.tail(HtmlPage.SORT_SCRIPT + FILTER_SCRIPT));
    }

    /** The run's parameters, when the context carries any, in a collapsed list. */
    private static void parameters(TextOut html, ReportContext context) {
        if (context.parameters().isEmpty()) {
            return;
        }
        html.append("<details class=\"run\"><summary>Run parameters</summary>\n<dl>\n");
        context.parameters().forEach((name, value) -> html.append("<dt>").append(e(name)).append("</dt><dd><code>")
                .append(e(value)).append("</code></dd>\n"));
        html.append("</dl>\n</details>\n");
    }

    private static void filters(TextOut html, List<Finding> findings) {
        Map<String, String> series = new TreeMap<>(Comparator.comparing(HtmlReport::seriesKeyOrder));
        TreeSet<String> categories = new TreeSet<>();
        for (Finding finding : findings) {
            series.put(seriesKey(finding.series()), seriesLabel(finding.series()));
            categories.add(category(finding.ruleId()));
        }
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
        html.append("</form>\n<p><span id=\"shown\">").append(findings.size()).append("</span> of ")
                .append(findings.size()).append(" findings shown</p>\n");
    }

    private static void row(TextOut html, Finding finding, int order, String href) {
        String severity = finding.severity().label();
        html.append("<tr data-order=\"").append(order).append("\" data-severity=\"").append(severity)
                .append("\" data-category=\"").append(e(category(finding.ruleId())))
                .append("\" data-series=\"").append(e(seriesKey(finding.series())))
                .append("\" data-suppressed=\"").append(String.valueOf(finding.suppressed())).append('"')
                .append(finding.suppressed() ? " class=\"suppressed\"" : "").append(">")
                .append("<td data-label=\"File\" data-value=\"").append(e(finding.file())).append("\"><a href=\"")
                .append(e(href)).append("\"><code>").append(HtmlPage.path(finding.file())).append("</code></a></td>")
                .append("<td data-label=\"Line\" class=\"num\" data-value=\"")
                // line and column in one number: lines sort first, columns break their ties
                .append(finding.line() > 0 ? String.valueOf(finding.line() * 1_000_000L + Math.max(0, finding.column())) : "")
                .append("\">")
                .append(finding.line() > 0 ? finding.line() + (finding.column() > 0 ? ":" + finding.column() : "") : "")
                .append("</td>")
                .append("<td data-label=\"Severity\" class=\"sev sev-").append(severity).append("\" data-value=\"")
                .append(finding.severity().ordinal()).append("\">").append(severity)
                .append(finding.suppressed() ? "<span class=\"tag\">suppressed</span>" : "").append("</td>")
                .append("<td data-label=\"Rule\"><code>").append(e(finding.ruleId())).append("</code></td>")
                .append("<td data-label=\"Series\">").append(e(seriesLabel(finding.series()))).append("</td>")
                .append("<td data-label=\"Message\" class=\"msg\">").append(e(finding.message())).append("</td></tr>\n");
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
