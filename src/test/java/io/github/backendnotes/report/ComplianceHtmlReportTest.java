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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
                "<iframe", "<img")) {
            assertFalse(lower.contains(forbidden), forbidden);
        }
        // the only links lead to the page's own sections
        assertEquals(lower.split("href=", -1).length - 1, lower.split("href=\"#series-", -1).length - 1);
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
        assertEquals(List.of("text", "text", "text", "number", "number", "number", "text", "text", "number", "number",
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
        // every cell names its column, for the cards at phone width
        assertEquals(List.of("Title", "Kind", "Batch", "Priority", "Minutes", "Matrix status", "Category", "Errors",
                "Warnings", "Compliant", "Findings"), texts(page, SHOP_ROWS + "[1]/td/@data-label"));
    }

    @Test
    void prioritiesSortInTheReadmesOrderNotByCharacterCode() throws Exception {
        Document page = xml(ComplianceHtmlReport.render(ComplianceFixtures.handMade()));
        assertEquals(List.of("0", "1", "1"), texts(page, SHOP_ROWS + "/td[5]/@data-value"));
        assertEquals(List.of("必讀", "選讀", "選讀"), column(page, SHOP_ROWS, 5));
        String ops = "//section[@id='series-2']//table[@class='chapters']/tbody/tr";
        assertEquals(List.of("", "", ""), texts(page, ops + "/td[5]/@data-value"));
        // a README that lists 選讀 (U+9078) before 必讀 (U+5FC5): its order wins over the character codes
        SeriesCompliance shop = ComplianceFixtures.handMade().compliance().get(0);
        Map<String, Tally> readmeOrder = new LinkedHashMap<>();
        readmeOrder.put("選讀", new Tally(2, 0));
        readmeOrder.put("必讀", new Tally(1, 1));
        SeriesCompliance reordered = new SeriesCompliance("shop", "shop", null, shop.total(), shop.compliant(),
                shop.chapters(), shop.byBatch(), readmeOrder, shop.byCategory(), 0, List.of(), List.of());
        page = xml(ComplianceHtmlReport.render(new RunResult(Path.of("n"), 1, List.of(), List.of(), null, null, null,
                0, List.of(reordered))));
        assertEquals(List.of("1", "0", "0"), texts(page, SHOP_ROWS + "/td[5]/@data-value"));
        assertEquals(List.of("選讀", "必讀"), texts(page, SHOP + "//details[@data-group='priority']/div/@data-key"));
    }

    @Test
    void tableOfContentsGenerationTimeAndWrappingPaths() throws Exception {
        String html = ComplianceHtmlReport.render(ComplianceFixtures.handMade(), Instant.parse("2026-01-02T03:04:05Z"));
        Document page = xml(html);
        assertEquals(List.of("#series-1", "#series-2"), texts(page, "//nav[@class='toc']/ol/li/a/@href"));
        assertEquals(List.of("shop 1 of 3 compliant", "ops 1 of 3 compliant"), texts(page, "//nav[@class='toc']/ol/li"));
        assertEquals(List.of("2026-01-02T03:04:05Z"), texts(page, "//p[@class='summary']/time/@datetime"));
        assertTrue(html.contains("generated <time datetime=\"2026-01-02T03:04:05Z\">2026-01-02 03:04:05 UTC</time>"));
        assertTrue(html.contains("<code>shop/<wbr/>01_cart.md</code>"), "paths wrap at their slashes");
        assertTrue(html.contains("README <code>shop/<wbr/>README.md</code>"));
        assertTrue(html.contains("\"Noto Sans CJK TC\",\"Noto Sans CJK SC\",\"PingFang TC\",\"PingFang SC\","
                + "\"Microsoft JhengHei\",\"Microsoft YaHei\",sans-serif"), "CJK fallback fonts");
        assertTrue(html.contains("h1,h2,h3,th{overflow-wrap:break-word;word-break:normal"), "no mid-word breaks");
        assertTrue(html.contains("table.chapters tbody tr{display:grid"), "a card per chapter at phone width");
    }

    @Test
    void manyBatchesStartCollapsed() throws Exception {
        Map<String, Tally> batches = new LinkedHashMap<>();
        for (int i = 1; i <= ComplianceHtmlReport.OPEN_BATCHES + 1; i++) {
            batches.put(String.valueOf(i), new Tally(1, 0));
        }
        SeriesCompliance shop = ComplianceFixtures.handMade().compliance().get(0);
        SeriesCompliance many = new SeriesCompliance("many", "many", null, shop.total(), shop.compliant(),
                shop.chapters(), batches, shop.byPriority(), shop.byCategory(), 0, List.of(), List.of());
        RunResult result = new RunResult(Path.of("n"), 1, List.of(), List.of(), null, null, null, 0,
                List.of(ComplianceFixtures.handMade().compliance().get(0), many));
        Document page = xml(ComplianceHtmlReport.render(result));
        assertEquals(List.of("open"), texts(page, SHOP + "//details[@data-group='batch']/@open"));
        assertEquals(List.of("By batch (2)"), texts(page, SHOP + "//details[@data-group='batch']/summary"));
        String second = "//section[@id='series-2']";
        assertEquals(List.of(), texts(page, second + "//details[@data-group='batch']/@open"));
        assertEquals(List.of("By batch (9)"), texts(page, second + "//details[@data-group='batch']/summary"));
        assertEquals(List.of("open"), texts(page, second + "//details[@data-group='priority']/@open"));
    }

    @Test
    void barsByBatchAndByPriority() throws Exception {
        Document page = xml(ComplianceHtmlReport.render(ComplianceFixtures.handMade()));
        String batch = SHOP + "//details[@data-group='batch']/div[@class='bar-row']";
        assertEquals(List.of("1", "2"), texts(page, batch + "/@data-key"));
        assertEquals(List.of("Batch 1", "Batch 2"), texts(page, batch + "/span[@class='bar-label']"));
        assertEquals(List.of("width:100%", "width:0%"), texts(page, batch + "/div[@class='bar']/div[@class='bar-fill']/@style"));
        assertEquals(List.of("1/1", "0/2"), texts(page, batch + "/div[@class='bar']/span[@class='bar-text']"));
        String priority = SHOP + "//details[@data-group='priority']/div[@class='bar-row']";
        assertEquals(List.of("必讀", "選讀"), texts(page, priority + "/span[@class='bar-label']"));
        assertEquals(List.of("1/1", "0/2"), texts(page, priority + "/div[@class='bar']/span[@class='bar-text']"));
        String ops = "//section[@id='series-2']//details[@data-group='batch']/div[@class='bar-row']";
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
                texts(page, SHOP + "//details[@data-group='batch']//div[@class='bar-fill']/@style"));
        assertEquals(List.of("frontmatter.missing"), texts(page, SHOP_ROWS + "[3]/td[12]//li/@data-rule"));
        assertEquals(List.of("line 21: Writing Style: Explain trade-offs in plain words. (not yet read)",
                "line 22: Writing Style: Prefer small examples & real numbers. (judgement)"),
                texts(page, SHOP + "/details[@class='not-checked']/ul/li"));

        Instant generated = Instant.parse("2026-01-02T03:04:05Z");
        for (String name : List.of(ComplianceHtmlReport.FILE_NAME, ComplianceHtmlReport.SITE_FILE_NAME)) {
            Path written = ComplianceHtmlReport.write(result, root.resolve("target/coverage"), name, generated);
            assertEquals(root.resolve("target/coverage").resolve(name), written);
            assertEquals(ComplianceHtmlReport.render(result, generated), Files.readString(written, StandardCharsets.UTF_8));
        }
        assertEquals("index.html", ComplianceHtmlReport.FILE_NAME);
        assertEquals("backend-notes-coverage-full.html", ComplianceHtmlReport.SITE_FILE_NAME);
    }
}
