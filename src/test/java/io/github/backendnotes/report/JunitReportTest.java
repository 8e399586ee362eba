package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JunitReportTest {

    private static Element parse(RunResult result) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new InputSource(new StringReader(JunitReport.render(result))));
        return document.getDocumentElement();
    }

    private static Element child(Element parent, String name, int index) {
        return (Element) parent.getElementsByTagName(name).item(index);
    }

    @Test
    void suiteCountsTestCasesFailuresAndSkips() throws Exception {
        Element suite = parse(ReportFixtures.result());
        assertEquals("testsuite", suite.getTagName());
        assertEquals("backend-notes", suite.getAttribute("name"));
        // Three files with findings plus the one for the seven clean files.
        assertEquals("4", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals("1", suite.getAttribute("skipped"));
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(4, cases.getLength());
        // files by their most severe finding (the suppressed error counts as an error), then by path
        List<String> names = List.of("backend/01_a.md", "root/02_b.md", "loose note.md", "(files without findings: 7)");
        for (int i = 0; i < names.size(); i++) {
            Element testcase = (Element) cases.item(i);
            assertEquals("backend-notes", testcase.getAttribute("classname"));
            assertEquals(names.get(i), testcase.getAttribute("name"));
        }
        assertEquals(1, suite.getElementsByTagName("failure").getLength());
        assertEquals(1, suite.getElementsByTagName("skipped").getLength());
        assertEquals(0, ((Element) cases.item(3)).getChildNodes().getLength());
    }

    @Test
    void failurePerUnsuppressedErrorWithTheMessageAndConsoleLineRoundTripped() throws Exception {
        Element first = child(parse(ReportFixtures.result()), "testcase", 0);
        Element failure = child(first, "failure", 0);
        assertEquals("frontmatter.fixed-value", failure.getAttribute("type"));
        // Attribute values keep their newline and tab; the control character becomes U+FFFD.
        String expected = ReportFixtures.TRICKY.replace('\u0001', '\uFFFD');
        assertEquals(expected, failure.getAttribute("message"));
        assertEquals(ReportFixtures.ERROR.toConsoleLine().replace('\u0001', '\uFFFD'), failure.getTextContent());
        assertEquals(ReportFixtures.WARNING.toConsoleLine() + "\n", child(first, "system-out", 0).getTextContent());
    }

    @Test
    void infosAndSuppressedFindingsGoToSystemOut() throws Exception {
        Element suite = parse(ReportFixtures.result());
        Element info = (Element) suite.getElementsByTagName("testcase").item(2);
        assertEquals(0, info.getElementsByTagName("failure").getLength());
        assertEquals(ReportFixtures.INFO.toConsoleLine() + "\n", child(info, "system-out", 0).getTextContent());
        Element suppressed = (Element) suite.getElementsByTagName("testcase").item(1);
        assertEquals(0, suppressed.getElementsByTagName("failure").getLength());
        assertEquals("1 suppressed finding", child(suppressed, "skipped", 0).getAttribute("message"));
        String out = child(suppressed, "system-out", 0).getTextContent();
        assertEquals(ReportFixtures.SUPPRESSED.toConsoleLine() + "\n", out);
        assertTrue(out.endsWith("(suppressed)\n"), out);
    }

    @Test
    void escapesMarkupAndControlCharacters() {
        String xml = JunitReport.render(ReportFixtures.result());
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite "), xml);
        assertTrue(xml.contains("message=\"field &#39;type&#39; is &#39;a &quot;q&quot; &lt;b&gt; &amp; c&#39;&#10;"
                + "next&#9;line\uFFFD 100% done"), xml);
        assertTrue(xml.chars().noneMatch(c -> c < 0x20 && c != '\n'), "raw control character");
    }

    @Test
    void emptyResultHasOnlyTheCleanFilesCase() throws Exception {
        Element suite = parse(ReportFixtures.empty());
        assertEquals("1", suite.getAttribute("tests"));
        assertEquals("0", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("skipped"));
        assertEquals("(files without findings: 3)", child(suite, "testcase", 0).getAttribute("name"));
    }

    @Test
    void filesWithErrorsComeFirstAndEachCaseListsItsFindingsBySeverity() throws Exception {
        RunResult result = new RunResult(ReportFixtures.result().notesDirectory(), 3, List.of(), List.of(
                finding("a.md", 1, io.github.backendnotes.model.Severity.INFO),
                finding("b.md", 1, io.github.backendnotes.model.Severity.WARNING),
                finding("b.md", 9, io.github.backendnotes.model.Severity.ERROR),
                finding("c.md", 5, io.github.backendnotes.model.Severity.INFO),
                finding("c.md", 7, io.github.backendnotes.model.Severity.WARNING)));
        Element suite = parse(result);
        NodeList cases = suite.getElementsByTagName("testcase");
        assertEquals(List.of("b.md", "c.md", "a.md"), List.of(((Element) cases.item(0)).getAttribute("name"),
                ((Element) cases.item(1)).getAttribute("name"), ((Element) cases.item(2)).getAttribute("name")));
        assertEquals("c.md:7:0: warning [r.x] m\nc.md:5:0: info [r.x] m\n",
                child((Element) cases.item(1), "system-out", 0).getTextContent());
    }

    private static io.github.backendnotes.model.Finding finding(String file, int line,
                                                                io.github.backendnotes.model.Severity severity) {
        return new io.github.backendnotes.model.Finding("r.x", severity, file, line, 0, "m", null);
    }

    @Test
    void manyErrorsInOneFileAreOneFailedCase() throws Exception {
        RunResult result = new RunResult(ReportFixtures.result().notesDirectory(), 1, List.of(), List.of(
                ReportFixtures.ERROR, new io.github.backendnotes.model.Finding("structure.missing-heading",
                        io.github.backendnotes.model.Severity.ERROR, "backend/01_a.md", 3, 0, "second", "backend")));
        Element suite = parse(result);
        assertEquals("2", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals(2, suite.getElementsByTagName("failure").getLength());
        assertEquals("(files without findings: 0)", child(suite, "testcase", 1).getAttribute("name"));
    }
}
