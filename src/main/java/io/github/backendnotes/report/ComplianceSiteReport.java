package io.github.backendnotes.report;

import io.github.backendnotes.files.ToolInfo;
import io.github.backendnotes.model.SeriesCompliance;
import io.github.backendnotes.run.RunResult;
import org.apache.maven.doxia.sink.Sink;

import java.time.Instant;
import java.util.List;

/**
 * The coverage report as a Maven site page: written through the site's Doxia {@link Sink}, so that the site renders
 * it inside its skin, with its menu and breadcrumbs, as it does checkstyle's and PMD's. It gives the totals, a table
 * of the series, and per series the compliance by priority (in the README's order) and the chapter table; the
 * self-contained page beside it ({@link ComplianceHtmlReport}) adds sorting, the batch bars and each chapter's
 * findings, and it links there.
 */
public final class ComplianceSiteReport {

    private ComplianceSiteReport() {
    }

    /**
     * Emits the whole document, head to body, and leaves the sink open.
     *
     * @param fullPage the self-contained page's name, relative to this page
     */
    public static void render(RunResult result, Instant generated, Sink sink, String fullPage) {
        int total = result.compliance().stream().mapToInt(SeriesCompliance::total).sum();
        int compliant = result.compliance().stream().mapToInt(SeriesCompliance::compliant).sum();
        sink.head();
        sink.title();
        sink.text("Notes coverage");
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("Notes coverage");
        sink.sectionTitle1_();
        sink.paragraph();
        sink.text(result.compliance().size() + " series, " + compliant + " of " + total + " chapters compliant. ");
        sink.link(fullPage);
        sink.text("The full page");
        sink.link_();
        sink.text(" sorts the chapters and lists each chapter's findings.");
        sink.lineBreak();
        sink.text(ToolInfo.NAME + " " + ToolInfo.version() + ", generated ");
        sink.time(generated.toString());
        sink.text(HtmlPage.shownTime(generated));
        sink.time_();
        sink.paragraph_();
        if (result.compliance().isEmpty()) {
            paragraph(sink, "No series.");
        } else {
            seriesTable(sink, result.compliance());
        }
        sink.section1_();
        int index = 0;
        for (SeriesCompliance series : result.compliance()) {
            series(sink, series, ++index);
        }
        sink.body_();
    }

    /** One row per series, its name linking to its section. */
    private static void seriesTable(Sink sink, List<SeriesCompliance> coverage) {
        sink.table();
        headerRow(sink, "Series", "Chapters", "Compliant", "Rubric lines enforced", "Not machine-checked");
        int index = 0;
        for (SeriesCompliance series : coverage) {
            sink.tableRow();
            sink.tableCell();
            sink.link("#series-" + ++index);
            sink.text(HtmlReport.seriesLabel(series.name()));
            sink.link_();
            sink.tableCell_();
            cells(sink, String.valueOf(series.total()), String.valueOf(series.compliant()),
                    String.valueOf(series.enforced()), String.valueOf(series.notChecked().size()));
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private static void series(Sink sink, SeriesCompliance series, int index) {
        sink.section2();
        sink.anchor("series-" + index);
        sink.anchor_();
        sink.sectionTitle2();
        sink.text(HtmlReport.seriesLabel(series.name()));
        sink.sectionTitle2_();
        sink.paragraph();
        sink.bold();
        sink.text(series.compliant() + " of " + series.total());
        sink.bold_();
        sink.text(" chapters compliant; folder ");
        path(sink, series.dir().isEmpty() ? "." : series.dir());
        if (series.readme() != null) {
            sink.text(", README ");
            path(sink, series.readme());
        }
        sink.text(".");
        sink.paragraph_();
        if (!series.byPriority().isEmpty()) {
            sink.table();
            headerRow(sink, "Priority", "Chapters", "Compliant");
            series.byPriority().forEach((priority, tally) -> {
                sink.tableRow();
                cells(sink, priority, String.valueOf(tally.total()), String.valueOf(tally.compliant()));
                sink.tableRow_();
            });
            sink.tableRows_();
            sink.table_();
        }
        chapters(sink, series);
        if (!series.matrixDisagreements().isEmpty()) {
            paragraph(sink, "Matrix rows the files contradict:");
            sink.list();
            series.matrixDisagreements().forEach(row -> {
                sink.listItem();
                sink.text(row);
                sink.listItem_();
            });
            sink.list_();
        }
        sink.section2_();
    }

    private static void chapters(Sink sink, SeriesCompliance series) {
        if (series.chapters().isEmpty()) {
            paragraph(sink, "No chapters.");
            return;
        }
        sink.table();
        headerRow(sink, "Chapter", "Title", "Kind", "Batch", "Priority", "Errors", "Warnings", "Compliant");
        for (SeriesCompliance.Chapter chapter : series.chapters()) {
            sink.tableRow();
            sink.tableCell();
            path(sink, ComplianceMarkdownReport.chapterName(chapter));
            sink.tableCell_();
            cells(sink, chapter.title(), chapter.template(),
                    chapter.batch() == null ? null : chapter.batch().toString(), chapter.priority(),
                    String.valueOf(chapter.errors()), String.valueOf(chapter.warnings()),
                    ComplianceMarkdownReport.compliance(chapter));
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    /** Opens the rows, every column left-aligned (the skin centres columns without a justification), and the header. */
    private static void headerRow(Sink sink, String... labels) {
        int[] left = new int[labels.length];
        java.util.Arrays.fill(left, Sink.JUSTIFY_LEFT);
        sink.tableRows(left, false);
        sink.tableRow();
        for (String label : labels) {
            sink.tableHeaderCell();
            sink.text(label);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
    }

    /** Plain cells; {@code null} is an empty cell. */
    private static void cells(Sink sink, String... values) {
        for (String value : values) {
            sink.tableCell();
            if (value != null) {
                sink.text(value);
            }
            sink.tableCell_();
        }
    }

    /** A path in monospace that may wrap after each {@code /}. */
    private static void path(Sink sink, String path) {
        sink.monospaced();
        String[] parts = path.split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            sink.text(i < parts.length - 1 ? parts[i] + "/" : parts[i]);
            if (i < parts.length - 1) {
                sink.lineBreakOpportunity();
            }
        }
        sink.monospaced_();
    }

    private static void paragraph(Sink sink, String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }
}
