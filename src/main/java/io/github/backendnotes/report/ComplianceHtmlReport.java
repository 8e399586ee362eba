package io.github.backendnotes.report;

import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.SeriesCompliance;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Map;

/**
 * The coverage page ({@code coverage/index.html}, or {@code backend-notes-coverage.html} in a Maven site): one
 * self-contained page built on {@link HtmlPage}. Per series: compliance bars by batch and by priority (pure CSS), a
 * chapter table sorted by clicking a column header, each chapter's findings in a {@code details} element, the matrix
 * rows the files contradict and the rubric lines the tool does not check. The table scrolls sideways at phone width.
 * The page is well-formed XML as well as HTML.
 */
public final class ComplianceHtmlReport {

    /** What the report goal writes into the coverage directory. */
    public static final String FILE_NAME = "index.html";

    /** What the Maven site report writes. */
    public static final String SITE_FILE_NAME = "backend-notes-coverage.html";

    /** Sortable columns: label, {@code number} or {@code text}. */
    private static final String[][] COLUMNS = {
        {"Chapter", "text"}, {"Title", "text"}, {"Kind", "text"}, {"Batch", "number"}, {"Priority", "text"},
        {"Minutes", "number"}, {"Matrix status", "text"}, {"Category", "text"}, {"Errors", "number"},
        {"Warnings", "number"}, {"Compliant", "text"}, {"Findings", "number"},
    };

    private static final String CSS = """
            h2{font-size:1.15rem;margin:1.5rem 0 .4rem;padding-top:.8rem;border-top:1px solid #d0d7de}
            h3{font-size:1rem;margin:1rem 0 .4rem}
            .totals{margin:0 0 .8rem}
            .muted{color:#57606a}
            .bars{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.5rem 2rem}
            .bar-row{display:flex;align-items:center;gap:.5rem;margin:.2rem 0}
            .bar-label{flex:0 0 7rem;overflow-wrap:anywhere}
            .bar{position:relative;flex:1;height:1.3rem;background:#ffebe9;border:1px solid #d0d7de;border-radius:4px;\
            overflow:hidden}
            .bar-fill{height:100%;background:#4ac26b}
            .bar-text{position:absolute;inset:0;text-align:center;font-size:.8rem;line-height:1.3rem}
            .scroll{max-width:calc(100vw - 2rem);overflow-x:auto;-webkit-overflow-scrolling:touch}
            table.chapters{min-width:56rem}
            th button{font:inherit;font-weight:600;border:0;background:none;padding:0;cursor:pointer;color:inherit;\
            text-align:left}
            th[aria-sort=ascending] button::after{content:" \\25B2"}
            th[aria-sort=descending] button::after{content:" \\25BC"}
            tr.noncompliant td.compliance{color:#cf222e;font-weight:600}
            tr.missing td{color:#6e7781;font-style:italic}
            details summary{cursor:pointer}
            details ul{margin:.3rem 0;padding-left:1.2rem}
            .num{text-align:right;white-space:nowrap}
            @media (max-width:640px){
            body{padding:.6rem}
            .bar-label{flex-basis:5rem}
            }
            """;

    /** Sorts a table's body rows by the clicked column's {@code data-value}s; empty values go last. */
    private static final String SCRIPT = """
            (function () {
              var tables = document.querySelectorAll('table[data-sortable]');
              Array.prototype.forEach.call(tables, function (table) {
                var headers = Array.prototype.slice.call(table.querySelectorAll('th[data-sort]'));
                var body = table.tBodies[0];
                headers.forEach(function (th) {
                  th.querySelector('button').addEventListener('click', function () {
                    var column = th.cellIndex;
                    var numeric = th.getAttribute('data-sort') === 'number';
                    var ascending = th.getAttribute('aria-sort') !== 'ascending';
                    headers.forEach(function (other) { other.setAttribute('aria-sort', 'none'); });
                    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                    var rows = Array.prototype.slice.call(body.rows);
                    rows.sort(function (a, b) {
                      var x = a.cells[column].getAttribute('data-value');
                      var y = b.cells[column].getAttribute('data-value');
                      var order;
                      if (x === '' || y === '') {
                        order = (x === '' ? 1 : 0) - (y === '' ? 1 : 0);
                      } else {
                        order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
                        if (!ascending) { order = -order; }
                      }
                      return order !== 0 ? order
                          : Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
                    });
                    rows.forEach(function (row) { body.appendChild(row); });
                  });
                });
              });
            })();
            """;

    private ComplianceHtmlReport() {
    }

    /** Writes the page as {@code directory/fileName} ({@link #FILE_NAME} or {@link #SITE_FILE_NAME}), atomically. */
    public static Path write(RunResult result, Path directory, String fileName) throws IOException {
        Path target = directory.resolve(fileName);
        AtomicFiles.writeString(target, render(result));
        return target;
    }

    public static String render(RunResult result) {
        int total = result.compliance().stream().mapToInt(SeriesCompliance::total).sum();
        int compliant = result.compliance().stream().mapToInt(SeriesCompliance::compliant).sum();
        StringBuilder html = new StringBuilder(8192);
        HtmlPage.open(html, "Backend notes coverage", CSS).append("<h1>Backend notes coverage</h1>\n")
                .append("<p class=\"summary\">").append(result.compliance().size())
                .append(" series, ").append(compliant).append(" of ")
                .append(total).append(" chapters compliant<br/>").append(e(ToolInfo.NAME + " " + ToolInfo.version()))
                .append(" &#183; <code>").append(e(result.notesDirectory().toString())).append("</code></p>\n");
        if (result.compliance().isEmpty()) {
            html.append("<p>No series.</p>\n");
        }
        int index = 0;
        for (SeriesCompliance series : result.compliance()) {
            series(html, series, ++index);
        }
        return HtmlPage.close(html, SCRIPT).toString();
    }

    private static void series(StringBuilder html, SeriesCompliance series, int index) {
        html.append("<section class=\"series\" id=\"series-").append(index).append("\" data-series=\"")
                .append(e(series.name())).append("\">\n<h2>").append(e(HtmlReport.seriesLabel(series.name())))
                .append("</h2>\n<p class=\"totals\"><strong>").append(series.compliant()).append(" of ")
                .append(series.total()).append("</strong> chapters compliant &#183; rubric lines: ")
                .append(series.enforced()).append(" enforced, ").append(series.notChecked().size())
                .append(" not machine-checked<br/><span class=\"muted\">folder <code>")
                .append(e(series.dir().isEmpty() ? "." : series.dir())).append("</code>");
        if (series.readme() != null) {
            html.append(" &#183; README <code>").append(e(series.readme())).append("</code>");
        }
        html.append("</span></p>\n<div class=\"bars\">\n");
        bars(html, "batch", "By batch", "Batch ", series.byBatch());
        bars(html, "priority", "By priority", "", series.byPriority());
        html.append("</div>\n");
        chapters(html, series);
        if (!series.matrixDisagreements().isEmpty()) {
            html.append("<h3>Matrix rows the files contradict</h3>\n<ul class=\"disagreements\">\n");
            series.matrixDisagreements().forEach(row -> html.append("<li>").append(e(row)).append("</li>\n"));
            html.append("</ul>\n");
        }
        notChecked(html, series);
        html.append("</section>\n");
    }

    private static void bars(StringBuilder html, String kind, String title, String prefix,
                             Map<String, SeriesCompliance.Tally> tallies) {
        html.append("<div class=\"bar-group\" data-group=\"").append(kind).append("\">\n<h3>").append(title)
                .append("</h3>\n");
        if (tallies.isEmpty()) {
            html.append("<p class=\"muted\">No chapters.</p>\n");
        }
        tallies.forEach((key, tally) -> {
            String label = key.equals("none") ? "none" : prefix + key;
            String text = tally.compliant() + "/" + tally.total();
            html.append("<div class=\"bar-row\" data-key=\"").append(e(key)).append("\" data-total=\"")
                    .append(tally.total()).append("\" data-compliant=\"").append(tally.compliant())
                    .append("\"><span class=\"bar-label\">").append(e(label)).append("</span>")
                    .append("<div class=\"bar\" title=\"").append(e(label + ": " + text + " compliant"))
                    .append("\"><div class=\"bar-fill\" style=\"width:").append(percent(tally)).append("%\"></div>")
                    .append("<span class=\"bar-text\">").append(text).append("</span></div></div>\n");
        });
        html.append("</div>\n");
    }

    /** The compliant share in percent, at most one decimal, without trailing zeros: 0, 33.3, 50, 100. */
    static String percent(SeriesCompliance.Tally tally) {
        if (tally.total() <= 0) {
            return "0";
        }
        return BigDecimal.valueOf(tally.compliant() * 100L).divide(BigDecimal.valueOf(tally.total()), 1,
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static void chapters(StringBuilder html, SeriesCompliance series) {
        html.append("<h3>Chapters</h3>\n");
        if (series.chapters().isEmpty()) {
            html.append("<p class=\"muted\">No chapters.</p>\n");
            return;
        }
        html.append("<div class=\"scroll\">\n<table class=\"chapters\" data-sortable=\"\">\n<thead><tr>");
        for (String[] column : COLUMNS) {
            html.append("<th data-sort=\"").append(column[1]).append("\" aria-sort=\"none\"")
                    .append(column[1].equals("number") ? " class=\"num\"" : "").append("><button type=\"button\">")
                    .append(column[0]).append("</button></th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        int order = 0;
        for (SeriesCompliance.Chapter chapter : series.chapters()) {
            String name = ComplianceMarkdownReport.chapterName(chapter);
            String state = chapter.missing() ? "missing" : chapter.compliant() ? "compliant" : "noncompliant";
            html.append("<tr class=\"chapter ").append(state).append("\" data-order=\"").append(order++)
                    .append("\" data-file=\"").append(e(chapter.file())).append("\">");
            html.append("<td data-value=\"").append(e(name)).append("\"><code>").append(e(name)).append("</code></td>");
            text(html, chapter.title());
            text(html, chapter.template());
            number(html, chapter.batch());
            text(html, chapter.priority());
            number(html, chapter.minutes());
            text(html, chapter.matrixStatus());
            text(html, chapter.category());
            number(html, chapter.errors());
            number(html, chapter.warnings());
            String compliance = ComplianceMarkdownReport.compliance(chapter);
            html.append("<td class=\"compliance\" data-value=\"").append(compliance).append("\">")
                    .append(compliance).append("</td>");
            findings(html, chapter);
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table>\n</div>\n");
    }

    private static void text(StringBuilder html, String value) {
        String shown = value == null ? "" : e(value);
        html.append("<td data-value=\"").append(shown).append("\">").append(shown).append("</td>");
    }

    private static void number(StringBuilder html, Integer value) {
        String shown = value == null ? "" : value.toString();
        html.append("<td class=\"num\" data-value=\"").append(shown).append("\">").append(shown).append("</td>");
    }

    private static void findings(StringBuilder html, SeriesCompliance.Chapter chapter) {
        int count = chapter.findings().size();
        html.append("<td class=\"findings\" data-value=\"").append(count).append("\">");
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

    private static void notChecked(StringBuilder html, SeriesCompliance series) {
        if (series.notChecked().isEmpty()) {
            html.append("<p class=\"muted\">The tool checks every rubric line it reads.</p>\n");
            return;
        }
        html.append("<details class=\"not-checked\"><summary>").append(series.notChecked().size())
                .append(series.notChecked().size() == 1 ? " rubric line" : " rubric lines")
                .append(" not machine-checked</summary>\n<ul>\n");
        for (Rubric.RubricLine line : series.notChecked()) {
            html.append("<li data-line=\"").append(line.line()).append("\">line ").append(line.line()).append(": ")
                    .append(e(line.text())).append(line.reason() == null ? "" : " <span class=\"reason\">("
                            + e(line.reason().label()) + ")</span>").append("</li>\n");
        }
        html.append("</ul>\n</details>\n");
    }

    private static String e(String text) {
        return Markup.escape(text);
    }
}
