package io.github.backendnotes.report;

import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.files.ToolInfo;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.SeriesCompliance;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * The coverage page ({@code coverage/index.html}, and the full page beside the Maven site's report): one
 * self-contained page built on {@link HtmlPage}. A table of contents of the series, then per series: compliance bars
 * by batch (collapsed when there are many) and by priority in the README's order (pure CSS), a chapter table sorted by
 * clicking a column header, each chapter's findings in a {@code details} element, the matrix rows the files
 * contradict and the rubric lines the tool does not check ({@link ComplianceChapterTable} builds the table). At
 * phone width each chapter is a card and paths wrap at their {@code /}. The page is well-formed XML as well as HTML.
 */
public final class ComplianceHtmlReport {

    /** What the report goal writes into the coverage directory. */
    public static final String FILE_NAME = "index.html";

    /** What the Maven site report writes beside its page in the site's skin. */
    public static final String SITE_FILE_NAME = "backend-notes-coverage-full.html";

    /** More batches than this and the batch bars start collapsed, so that the chapter table stays near the top. */
    static final int OPEN_BATCHES = 8;


    private static final String CSS = """
            h2{font-size:1.15rem;margin:1.5rem 0 .4rem;padding-top:.8rem;border-top:1px solid #d0d7de}
            h3{font-size:1rem;margin:1rem 0 .4rem}
            .totals{margin:0 0 .8rem}
            .muted{color:#57606a}
            .toc{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .8rem;margin:0 0 1rem}
            .toc ol{margin:.3rem 0 0;padding-left:1.4rem;columns:16rem}
            .toc li{break-inside:avoid}
            .bars{display:grid;grid-template-columns:repeat(auto-fit,minmax(16rem,1fr));gap:.5rem 2rem;align-items:start}
            .bar-group summary{font-weight:600;margin:.6rem 0 .4rem}
            .bar-row{display:flex;align-items:center;gap:.5rem;margin:.2rem 0}
            .bar-label{flex:0 0 7rem;overflow-wrap:anywhere}
            .bar{position:relative;flex:1;height:1.3rem;background:#ffebe9;border:1px solid #d0d7de;border-radius:4px;\
            overflow:hidden}
            .bar-fill{height:100%;background:#4ac26b}
            .bar-text{position:absolute;inset:0;text-align:center;font-size:.8rem;line-height:1.3rem}
            .scroll{max-width:calc(100vw - 2rem);overflow-x:auto;-webkit-overflow-scrolling:touch}
            table.chapters{min-width:56rem;font-size:.9rem}
            table.chapters th,table.chapters td{padding:.3rem .4rem}
            table.chapters td code{overflow-wrap:anywhere}
            table.chapters td:first-child{min-width:12rem}
            td.findings summary{white-space:nowrap}
            tr.noncompliant td.compliance{color:#cf222e;font-weight:600}
            tr.missing td{color:#6e7781;font-style:italic}
            details summary{cursor:pointer}
            details ul{margin:.3rem 0;padding-left:1.2rem}
            .num{text-align:right;white-space:nowrap}
            @media (max-width:640px){
            body{padding:.6rem}
            .bar-label{flex-basis:5rem}
            .scroll{max-width:none;overflow:visible}
            table.chapters{min-width:0}
            table.chapters,table.chapters thead,table.chapters tbody{display:block;width:100%}
            table.chapters thead tr{display:flex;flex-wrap:wrap;gap:.2rem .9rem;margin:0 0 .6rem}
            table.chapters thead tr::before{content:"Sort by";color:#57606a;padding:.2rem 0}
            table.chapters th{border:0;background:none;padding:.2rem 0}
            table.chapters tbody tr{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);\
            border:1px solid #d0d7de;border-radius:6px;margin:0 0 .6rem;padding:.3rem 0}
            table.chapters td{border:0;padding:.1rem .6rem;text-align:left;white-space:normal;overflow-wrap:anywhere}
            table.chapters td.wide{grid-column:1/-1}
            table.chapters td:empty{display:none}
            table.chapters td[data-label]::before{content:attr(data-label) ": ";font-weight:600;color:#57606a;\
            font-style:normal}
            td.findings details{display:inline-block;vertical-align:top}
            }
            """;

    private ComplianceHtmlReport() {
    }

    /** Writes the page generated now as {@code directory/fileName}, atomically. */
    public static Path write(RunResult result, Path directory, String fileName) throws IOException {
        return write(result, directory, fileName, ReportContext.now(directory).generated());
    }

    /** Writes the page as {@code directory/fileName} ({@link #FILE_NAME} or {@link #SITE_FILE_NAME}), atomically. */
    public static Path write(RunResult result, Path directory, String fileName, Instant generated) throws IOException {
        Path target = directory.resolve(fileName);
        AtomicFiles.writeString(target, render(result, generated));
        return target;
    }

    /** The page generated now. */
    public static String render(RunResult result) {
        return render(result, ReportContext.now(null).generated());
    }

    public static String render(RunResult result, Instant generated) {
        int total = result.compliance().stream().mapToInt(SeriesCompliance::total).sum();
        int compliant = result.compliance().stream().mapToInt(SeriesCompliance::compliant).sum();
        StringBuilder html = new StringBuilder(8192);
        html.append(HtmlPage.head("Backend notes coverage", CSS)).append("<h1>Backend notes coverage</h1>\n")
                .append("<p class=\"summary\">").append(result.compliance().size())
                .append(" series, ").append(compliant).append(" of ")
                .append(total).append(" chapters compliant<br/>").append(e(ToolInfo.NAME + " " + ToolInfo.version()))
                .append(" &#183; generated ").append(HtmlPage.time(generated)).append(" &#183; <code>")
                .append(HtmlPage.path(result.notesDirectory().toString())).append("</code></p>\n");
        if (result.compliance().isEmpty()) {
            html.append("<p>No series.</p>\n");
        } else {
            contents(html, result);
        }
        int index = 0;
        for (SeriesCompliance series : result.compliance()) {
            series(html, series, ++index);
        }
        return html.append(HtmlPage.tail(HtmlPage.SORT_SCRIPT)).toString();
    }

    /** The table of contents: each series, linked to its section, with its compliant share. */
    private static void contents(StringBuilder html, RunResult result) {
        html.append("<nav class=\"toc\" aria-label=\"Series\"><strong>Series</strong>\n<ol>\n");
        int index = 0;
        for (SeriesCompliance series : result.compliance()) {
            html.append("<li><a href=\"#series-").append(++index).append("\">")
                    .append(e(HtmlReport.seriesLabel(series.name()))).append("</a> <span class=\"muted\">")
                    .append(series.compliant()).append(" of ").append(series.total()).append(" compliant</span></li>\n");
        }
        html.append("</ol>\n</nav>\n");
    }

    private static void series(StringBuilder html, SeriesCompliance series, int index) {
        html.append("<section class=\"series\" id=\"series-").append(index).append("\" data-series=\"")
                .append(e(series.name())).append("\">\n<h2>").append(e(HtmlReport.seriesLabel(series.name())))
                .append("</h2>\n<p class=\"totals\"><strong>").append(series.compliant()).append(" of ")
                .append(series.total()).append("</strong> chapters compliant &#183; rubric lines: ")
                .append(series.enforced()).append(" enforced, ").append(series.notChecked().size())
                .append(" not machine-checked<br/><span class=\"muted\">folder <code>")
                .append(HtmlPage.path(series.dir().isEmpty() ? "." : series.dir())).append("</code>");
        if (series.readme() != null) {
            html.append(" &#183; README <code>").append(HtmlPage.path(series.readme())).append("</code>");
        }
        html.append("</span></p>\n<div class=\"bars\">\n");
        bars(html, "batch", "By batch", "Batch ", series.byBatch(), series.byBatch().size() <= OPEN_BATCHES);
        bars(html, "priority", "By priority", "", series.byPriority(), true);
        html.append("</div>\n");
        ComplianceChapterTable.append(html, series);
        if (!series.matrixDisagreements().isEmpty()) {
            html.append("<h3>Matrix rows the files contradict</h3>\n<ul class=\"disagreements\">\n");
            series.matrixDisagreements().forEach(row -> html.append("<li>").append(e(row)).append("</li>\n"));
            html.append("</ul>\n");
        }
        notChecked(html, series);
        html.append("</section>\n");
    }

    /** One group of bars in a {@code details}, its summary the group's title and how many bars it holds. */
    private static void bars(StringBuilder html, String kind, String title, String prefix,
                             Map<String, SeriesCompliance.Tally> tallies, boolean open) {
        html.append("<details class=\"bar-group\" data-group=\"").append(kind).append('"')
                .append(open ? " open=\"open\"" : "").append("><summary>").append(title)
                .append(" <span class=\"muted\">(").append(tallies.size()).append(")</span></summary>\n");
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
        html.append("</details>\n");
    }

    /** The compliant share in percent, at most one decimal, without trailing zeros: 0, 33.3, 50, 100. */
    static String percent(SeriesCompliance.Tally tally) {
        if (tally.total() <= 0) {
            return "0";
        }
        return BigDecimal.valueOf(tally.compliant() * 100L).divide(BigDecimal.valueOf(tally.total()), 1,
                RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
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
