package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static void assertContains(String html, String expected) {
        assertTrue(html.contains(expected), () -> "missing <" + expected + "> in:\n" + html);
    }

    /** The options of one filter select, as value=label pairs. */
    private static List<String> options(String html, String filter) {
        Matcher select = Pattern.compile("<select data-filter=\"" + filter + "\">(.*?)</select>").matcher(html);
        assertTrue(select.find(), filter);
        Matcher option = Pattern.compile("<option value=\"([^\"]*)\">([^<]*)</option>").matcher(select.group(1));
        return option.results().map(m -> m.group(1) + "=" + m.group(2)).toList();
    }

    @Test
    void selfContainedWithNothingFromTheNetwork() {
        String html = HtmlReport.render(ReportFixtures.result());
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"), html);
        assertTrue(html.endsWith("</html>\n"), html);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String forbidden : List.of("http://", "https://", "<link", "<script src", " src=", "@import", "url(",
                "<iframe", "<img")) {
            assertFalse(lower.contains(forbidden), forbidden);
        }
        assertContains(html, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>");
        assertContains(html, "content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\"");
        assertContains(html, "@media (max-width:640px)");
        assertEquals(1, lower.split("<script>", -1).length - 1);
        assertEquals(1, lower.split("<style>", -1).length - 1);
    }

    @Test
    void everyFindingIsARowWithItsMessageEscaped() {
        String html = HtmlReport.render(ReportFixtures.result());
        assertEquals(4, html.split("<tr data-order=", -1).length - 1);
        assertContains(html, "<td data-label=\"Message\" class=\"msg\">field &#39;type&#39; is &#39;a &quot;q&quot; &lt;b&gt; &amp; c"
                + "&#39;&#10;next&#9;line\uFFFD 100% done, see: `x|y`</td>");
        for (Finding finding : ReportFixtures.result().findings()) {
            assertContains(html, Markup.escape(finding.message()));
            assertContains(html, "<code>" + HtmlPage.path(finding.file()) + "</code>");
        }
        assertFalse(html.contains("<b>"), "unescaped markup from a message");
        assertTrue(html.chars().noneMatch(c -> c < 0x20 && c != '\n'), "raw control character");
        assertContains(html, "<tr data-order=\"0\" data-severity=\"error\" data-category=\"frontmatter\" "
                + "data-series=\"s:backend\" data-suppressed=\"false\"><td data-label=\"File\" "
                + "data-value=\"backend/01_a.md\"><a href=\"backend/01_a.md\"><code>backend/<wbr/>01_a.md</code></a></td>"
                + "<td data-label=\"Line\" class=\"num\" data-value=\"2000007\">2:7</td>"
                + "<td data-label=\"Severity\" class=\"sev sev-error\" data-value=\"0\">error</td>"
                + "<td data-label=\"Rule\"><code>frontmatter.fixed-value</code></td>"
                + "<td data-label=\"Series\">backend</td>");
        assertContains(html, "<tr data-order=\"3\" data-severity=\"info\" data-category=\"links\" data-series=\"-\" "
                + "data-suppressed=\"false\"><td data-label=\"File\" data-value=\"loose note.md\">"
                + "<a href=\"loose%20note.md\"><code>loose note.md</code></a></td>"
                + "<td data-label=\"Line\" class=\"num\" data-value=\"\"></td>");
        assertContains(html, "<tr data-order=\"1\" data-severity=\"error\" data-category=\"code\" data-series=\"s:\" "
                + "data-suppressed=\"true\" class=\"suppressed\">");
        assertContains(html, "error<span class=\"tag\">suppressed</span></td>");
        assertContains(html, "<span id=\"shown\">4</span> of 4 findings shown");
    }

    @Test
    void filterOptionsForEverySeverityCategoryAndSeries() {
        String html = HtmlReport.render(ReportFixtures.result());
        assertEquals(List.of("=All severities", "error=error", "warning=warning", "info=info"),
                options(html, "severity"));
        assertEquals(List.of("=All categories", "code=code", "frontmatter=frontmatter", "links=links",
                "structure=structure"), options(html, "category"));
        assertEquals(List.of("=All series", "s:backend=backend", "s:=(root)", "-=(no series)"),
                options(html, "series"));
        assertEquals(List.of("=All findings", "false=not suppressed", "true=suppressed"),
                options(html, "suppressed"));
        // The script filters on exactly these data attributes.
        assertContains(html, "row.getAttribute('data-' + select.getAttribute('data-filter')) === select.value");
    }

    @Test
    void escapesSeriesAndCategoriesInAttributes() {
        RunResult result = new RunResult(Path.of("n"), 1, List.of(), List.of(new Finding("links.orphan",
                Severity.WARNING, "a\"b.md", 1, 0, "<script>alert(1)</script>", "x\"><y")));
        String html = HtmlReport.render(result);
        assertContains(html, "data-series=\"s:x&quot;&gt;&lt;y\"");
        assertContains(html, "<option value=\"s:x&quot;&gt;&lt;y\">x&quot;&gt;&lt;y</option>");
        assertContains(html, "&lt;script&gt;alert(1)&lt;/script&gt;");
        assertEquals(1, html.split("<script>", -1).length - 1);
    }

    @Test
    void emptyResult() {
        String html = HtmlReport.render(ReportFixtures.empty());
        assertContains(html, "<tr><td colspan=\"6\">No findings.</td></tr>");
        assertEquals(List.of("=All categories"), options(html, "category"));
        assertEquals(List.of("=All series"), options(html, "series"));
    }

    @Test
    void errorsFirstThenWarningsThenInfosEachByPath() {
        String html = HtmlReport.render(ReportFixtures.result());
        Matcher rows = Pattern.compile("<tr data-order=\"(\\d+)\" data-severity=\"(\\w+)\"[^>]*><td data-label=\"File\" "
                + "data-value=\"([^\"]*)\"").matcher(html);
        assertEquals(List.of("0 error backend/01_a.md", "1 error root/02_b.md", "2 warning backend/01_a.md",
                "3 info loose note.md"), rows.results().map(m -> m.group(1) + " " + m.group(2) + " " + m.group(3))
                .toList());
    }

    @Test
    void everyColumnSortsAndThePageOpensSortedBySeverity() {
        String html = HtmlReport.render(ReportFixtures.result());
        assertContains(html, "<table data-sortable=\"\">\n<thead><tr>"
                + "<th data-sort=\"text\" aria-sort=\"none\"><button type=\"button\">File</button></th>"
                + "<th data-sort=\"number\" aria-sort=\"none\" class=\"num\"><button type=\"button\">Line</button></th>"
                + "<th data-sort=\"number\" aria-sort=\"ascending\" class=\"num\"><button type=\"button\">Severity"
                + "</button></th>"
                + "<th data-sort=\"text\" aria-sort=\"none\"><button type=\"button\">Rule</button></th>"
                + "<th data-sort=\"text\" aria-sort=\"none\"><button type=\"button\">Series</button></th>"
                + "<th data-sort=\"text\" aria-sort=\"none\"><button type=\"button\">Message</button></th></tr></thead>");
        assertContains(html, HtmlPage.SORT_SCRIPT);
        assertContains(html, "<td data-label=\"Severity\" class=\"sev sev-warning\" data-value=\"1\">");
        assertContains(html, "<td data-label=\"Severity\" class=\"sev sev-info\" data-value=\"2\">");
    }

    @Test
    void showsWhenItWasGeneratedAndTheRunParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("notesDirectory", "/n");
        parameters.put("formats", "json,html");
        parameters.put("failOnSeverity", "<error>");
        ReportContext context = new ReportContext(Instant.parse("2026-01-02T03:04:05.600Z"), null, parameters);
        String html = HtmlReport.render(ReportFixtures.result(), context);
        assertContains(html, " &#183; generated <time datetime=\"2026-01-02T03:04:05Z\">2026-01-02 03:04:05 UTC</time>");
        assertContains(html, "<details class=\"run\"><summary>Run parameters</summary>\n<dl>\n"
                + "<dt>notesDirectory</dt><dd><code>/n</code></dd>\n<dt>formats</dt><dd><code>json,html</code></dd>\n"
                + "<dt>failOnSeverity</dt><dd><code>&lt;error&gt;</code></dd>\n</dl>\n</details>");
        assertFalse(HtmlReport.render(ReportFixtures.result()).contains("Run parameters"));
    }

    @Test
    void filePathsLinkToTheNotesRelativeToThePage(@TempDir Path root) {
        RunResult result = new RunResult(root, 1, List.of(), List.of(new Finding("links.orphan", Severity.INFO,
                "a b/c#1?.md", 0, 0, "m", null), new Finding("links.orphan", Severity.INFO, "x:y/é.md", 0, 0, "m", null)));
        String html = HtmlReport.render(result, ReportContext.now(root.resolve("target/backend-notes")));
        assertContains(html, "<a href=\"../../a%20b/c%231%3F.md\"><code>a b/<wbr/>c#1?.md</code></a>");
        assertContains(html, "<a href=\"../../x%3Ay/%C3%A9.md\">");
        html = HtmlReport.render(result, ReportContext.now(root.resolveSibling("reports")));
        assertContains(html, "<a href=\"../" + ReportContext.encodePath(root.getFileName().toString())
                + "/a%20b/c%231%3F.md\">");
        assertContains(HtmlReport.render(result, ReportContext.now(root)), "<a href=\"a%20b/c%231%3F.md\">");
    }
}
