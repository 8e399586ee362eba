package io.github.backendnotes.report;

import io.github.backendnotes.TestVaults;
import io.github.backendnotes.model.SeriesCompliance;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.SeriesCompliance.Tally;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.report.ComplianceFixtures.nodes;
import static io.github.backendnotes.report.ComplianceFixtures.texts;
import static io.github.backendnotes.report.ComplianceFixtures.xml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplianceHtmlReportTest {

    private static final String SHOP = "//section[@id='series-1']";
    private static final String SHOP_ROWS = SHOP + "//table[@class='chapters']/tbody/tr";

    @TempDir
    Path root;

    /** Cell {@code column} (1-based) of every row, as text. */
    private static List<String> column(Document page, String rows, int column) throws Exception {
        return texts(page, rows + "/td[" + column + "]");
    }

    @Test
    void selfContainedWellFormedAndNothingFromTheNetwork() throws Exception {
        String html = ComplianceHtmlReport.render(ComplianceFixtures.handMade());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"), html);
        assertTrue(html.endsWith("</html>\n"), html);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("http://", "https://", "<link", "<script src", " src=", "@import", "url(",
                "<iframe", "<img", "href=")) {
            assertFalse(lower.contains(forbidden), forbidden);
        }
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"));
        assertTrue(html.contains("content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\""));
        assertTrue(html.contains(".scroll{max-width:calc(100vw - 2rem);overflow-x:auto"),
                "the table scrolls sideways inside its box at phone width");
        assertEquals(1, lower.split("<script>", -1).length - 1);
        assertEquals(1, lower.split("<style>", -1).length - 1);
        assertTrue(html.chars().noneMatch(c -> c < 0x20 && c != '\n'), "raw control character");

        Document page = xml(html);
        assertEquals("Backend notes coverage", texts(page, "/html/head/title").get(0));
        assertEquals(List.of("shop", "ops"), texts(page, "//section/h2"));
        assertEquals(List.of("1 of 3 chapters compliant · rubric lines: 4 enforced, 1 not machine-checked"
                + "folder shop · README shop/README.md"), texts(page, SHOP + "/p[@class='totals']"));
    }

    @Test
    void chapterTableRowsAndCells() throws Exception {
        Document page = xml(ComplianceHtmlReport.render(ComplianceFixtures.handMade()));
        assertEquals(List.of("shop/01_cart.md", "shop/02_checkout.md", "shop/04_refunds.md"), column(page, SHOP_ROWS, 1));
        assertEquals(List.of("Cart", ComplianceFixtures.TITLE, ""), column(page, SHOP_ROWS, 2));
        assertEquals(List.of("Teaching Chapter", "Troubleshooting Guide", ""), column(page, SHOP_ROWS, 3));
        assertEquals(List.of("1", "2", "2"), column(page, SHOP_ROWS, 4));
        assertEquals(List.of("必讀", "選讀", "選讀"), column(page, SHOP_ROWS, 5));
        assertEquals(List.of("60", "", "20"), column(page, SHOP_ROWS, 6));
        assertEquals(List.of("Done", "Pending", "Done"), column(page, SHOP_ROWS, 7));
        assertEquals(List.of("basics", "", ""), column(page, SHOP_ROWS, 8));
        assertEquals(List.of("0", "1", "0"), column(page, SHOP_ROWS, 9));
        assertEquals(List.of("0", "1", "0"), column(page, SHOP_ROWS, 10));
        assertEquals(List.of("yes", "no", "missing"), column(page, SHOP_ROWS, 11));
        assertEquals(List.of("compliant", "noncompliant", "missing"), nodes(page, SHOP_ROWS).stream()
                .map(row -> ((Element) row).getAttribute("class").replace("chapter ", "")).toList());
        // sorting reads data-value: the cell's value, empty when unknown
        assertEquals(List.of("1", "2", "2"), texts(page, SHOP_ROWS + "/td[4]/@data-value"));
        assertEquals(List.of("60", "", "20"), texts(page, SHOP_ROWS + "/td[6]/@data-value"));
        assertEquals(List.of("0", "1", "2"), texts(page, SHOP_ROWS + "/@data-order"));
        // a chapter only an id names
        String ops = "//section[@id='series-2']//table[@class='chapters']/tbody/tr";
        assertEquals(List.of("chapter 07", "ops/01_a|b.md", "ops/02_c.md"), column(page, ops, 1));
        assertEquals(List.of("", "ops/01_a|b.md", "ops/02_c.md"), texts(page, ops + "/@data-file"));
    }

    @Test
    void sortableHeaders() throws Exception {
        String html = ComplianceHtmlReport.render(ComplianceFixtures.handMade());
        Document page = xml(html);
        String headers = SHOP + "//table[@class='chapters']/thead/tr/th";
        assertEquals(List.of("Chapter", "Title", "Kind", "Batch", "Priority", "Minutes", "Matrix status", "Category",
                "Errors", "Warnings", "Compliant", "Findings"), texts(page, headers + "/button"));
        assertEquals(List.of("text", "text", "text", "number", "text", "number", "text", "text", "number", "number",
                "text", "number"), texts(page, headers + "/@data-sort"));
        assertEquals(12, texts(page, headers + "[@aria-sort='none']").size());
        assertEquals(List.of(""), texts(page, SHOP + "//table/@data-sortable"));
        // every body row has a cell per header
        for (Node row : nodes(page, SHOP_ROWS)) {
            assertEquals(12, nodes(row, "td").size());
        }
        // the script sorts on these attributes, numerically for number columns
        assertTrue(html.contains("querySelectorAll('table[data-sortable]')"));
        assertTrue(html.contains("getAttribute('data-sort') === 'number'"));
        assertTrue(html.contains("getAttribute('data-value')"));
        assertTrue(html.contains("Number(x) - Number(y)"));
    }

    @Test
    void barsByBatchAndByPriority() throws Exception {
        Document page = xml(ComplianceHtmlReport.render(ComplianceFixtures.handMade()));
        String batch = SHOP + "//div[@data-group='batch']/div[@class='bar-row']";
        assertEquals(List.of("1", "2"), texts(page, batch + "/@data-key"));
        assertEquals(List.of("Batch 1", "Batch 2"), texts(page, batch + "/span[@class='bar-label']"));
        assertEquals(List.of("width:100%", "width:0%"), texts(page, batch + "/div[@class='bar']/div[@class='bar-fill']/@style"));
        assertEquals(List.of("1/1", "0/2"), texts(page, batch + "/div[@class='bar']/span[@class='bar-text']"));
        String priority = SHOP + "//div[@data-group='priority']/div[@class='bar-row']";
        assertEquals(List.of("必讀", "選讀"), texts(page, priority + "/span[@class='bar-label']"));
        assertEquals(List.of("1/1", "0/2"), texts(page, priority + "/div[@class='bar']/span[@class='bar-text']"));
        String ops = "//section[@id='series-2']//div[@data-group='batch']/div[@class='bar-row']";
        assertEquals(List.of("width:33.3%"), texts(page, ops + "/div[@class='bar']/div[@class='bar-fill']/@style"));
        assertEquals(List.of("1/3"), texts(page, ops + "//span[@class='bar-text']"));
        assertEquals(List.of("none"), texts(page, ops + "/span[@class='bar-label']"));

        assertEquals("0", ComplianceHtmlReport.percent(new Tally(0, 0)));
        assertEquals("66.7", ComplianceHtmlReport.percent(new Tally(3, 2)));
        assertEquals("50", ComplianceHtmlReport.percent(new Tally(2, 1)));
        assertEquals("100", ComplianceHtmlReport.percent(new Tally(7, 7)));
    }

    @Test
    void findingsUnderEachChapterEscaped() throws Exception {
        String html = ComplianceHtmlReport.render(ComplianceFixtures.handMade());
        assertFalse(html.contains("<out>") || html.contains("<after>") || html.contains("<why>"), "unescaped markup");
        assertTrue(html.contains("Check &lt;out&gt; &amp; &quot;pay&quot;"));
        Document page = xml(html);
        assertEquals(List.of("none", "2 findings", "file missing"), texts(page, SHOP_ROWS + "/td[12]").stream()
                .map(text -> text.replaceAll(" error.*", "")).toList());
        assertEquals(List.of("0", "2", "0"), texts(page, SHOP_ROWS + "/td[12]/@data-value"));
        assertEquals(List.of("2 findings"), texts(page, SHOP_ROWS + "[2]/td[12]/details/summary"));
        assertEquals(List.of(
                "error line 6 structure.missing-heading missing heading 'Fix' <after> & \"Symptom\"",
                "warning whole file section.item-count too few items | see `a|b`"),
                texts(page, SHOP_ROWS + "[2]/td[12]/details/ul/li"));
        assertEquals(List.of("structure.missing-heading", "section.item-count"),
                texts(page, SHOP_ROWS + "[2]/td[12]//li/@data-rule"));
        assertTrue(nodes(page, SHOP_ROWS + "[1]/td[12]/details").isEmpty());
    }

    @Test
    void notCheckedLinesAndMatrixDisagreements() throws Exception {
        Document page = xml(ComplianceHtmlReport.render(ComplianceFixtures.handMade()));
        assertEquals(List.of("1 rubric line not machine-checked"), texts(page, SHOP + "/details[@class='not-checked']/summary"));
        assertEquals(List.of("line 21: Writing Style: explain <why> & how"),
                texts(page, SHOP + "/details[@class='not-checked']/ul/li"));
        assertEquals(List.of("line 8: row 'Refunds' is 'Done' but '04_refunds.md' does not exist"),
                texts(page, SHOP + "/ul[@class='disagreements']/li"));
        String ops = "//section[@id='series-2']";
        assertTrue(nodes(page, ops + "/details").isEmpty());
        assertTrue(nodes(page, ops + "/ul[@class='disagreements']").isEmpty());
        assertTrue(nodes(page, ops + "/h3[.='Matrix rows the files contradict']").isEmpty());
    }

    @Test
    void noSeries() throws Exception {
        Document page = xml(ComplianceHtmlReport.render(ReportFixtures.empty()));
        assertEquals(List.of("No series."), texts(page, "/html/body/p[not(@class)]"));
        assertTrue(nodes(page, "//section").isEmpty());
    }

    @Test
    void engineVaultWrittenUnderEitherName() throws Exception {
        ComplianceFixtures.shopVault(root);
        RunResult result = verify(request(root).withCompliance());
        String html = ComplianceHtmlReport.render(result);
        Document page = xml(html);
        assertEquals(List.of("shop/01_cart.md", "shop/02_checkout.md", "shop/03_tax.md", "shop/04_refunds.md"),
                column(page, SHOP_ROWS, 1));
        assertEquals(List.of("Teaching Chapter", "Troubleshooting Guide", "Troubleshooting Guide", ""),
                column(page, SHOP_ROWS, 3));
        assertEquals(List.of("1", "1", "2", "2"), column(page, SHOP_ROWS, 4));
        assertEquals(List.of("必讀", "選讀", "必讀", "選讀"), column(page, SHOP_ROWS, 5));
        assertEquals(List.of("0", "1", "1", "0"), column(page, SHOP_ROWS, 9));
        assertEquals(List.of("width:50%", "width:0%"),
                texts(page, SHOP + "//div[@data-group='batch']//div[@class='bar-fill']/@style"));
        assertEquals(List.of("frontmatter.missing"), texts(page, SHOP_ROWS + "[3]/td[12]//li/@data-rule"));
        assertEquals(List.of("line 21: Writing Style: Explain trade-offs in plain words. (not yet read)",
                "line 22: Writing Style: Prefer small examples & real numbers. (judgement)"),
                texts(page, SHOP + "/details[@class='not-checked']/ul/li"));

        for (String name : List.of(ComplianceHtmlReport.FILE_NAME, ComplianceHtmlReport.SITE_FILE_NAME)) {
            Path written = ComplianceHtmlReport.write(result, root.resolve("target/coverage"), name);
            assertEquals(root.resolve("target/coverage").resolve(name), written);
            assertEquals(html, Files.readString(written, StandardCharsets.UTF_8));
        }
        assertEquals("index.html", ComplianceHtmlReport.FILE_NAME);
        assertEquals("backend-notes-coverage.html", ComplianceHtmlReport.SITE_FILE_NAME);
    }
}
