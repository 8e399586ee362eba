package io.github.backendnotes.report;

import org.apache.maven.doxia.sink.Sink;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComplianceSiteReportTest {

    private static final Instant GENERATED = Instant.parse("2026-01-02T03:04:05Z");

    /** A sink that writes each event as a tag ({@code <paragraph>}, {@code </paragraph>}) and text as it is. */
    private static Sink recording(StringBuilder out) {
        return (Sink) Proxy.newProxyInstance(Sink.class.getClassLoader(), new Class<?>[] {Sink.class},
                (proxy, method, args) -> {
                    String name = method.getName();
                    if (name.equals("text")) {
                        out.append(args[0]);
                    } else if (name.endsWith("_")) {
                        out.append("</").append(name, 0, name.length() - 1).append('>');
                    } else if (args != null && args.length > 0 && args[0] instanceof String value) {
                        out.append('<').append(name).append(' ').append(value).append('>');
                    } else {
                        out.append('<').append(name).append('>');
                    }
                    return null;
                });
    }

    private static String render() {
        StringBuilder out = new StringBuilder();
        ComplianceSiteReport.render(ComplianceFixtures.handMade(), GENERATED, recording(out), "full.html");
        return out.toString();
    }

    @Test
    void aWholeDocumentThroughTheSinkLinkingToTheFullPage() {
        String page = render();
        assertTrue(page.startsWith("<head><title>Notes coverage</title></head><body><section1><sectionTitle1>"
                + "Notes coverage</sectionTitle1><paragraph>2 series, 2 of 6 chapters compliant. <link full.html>"
                + "The full page</link> sorts the chapters and lists each chapter's findings.<lineBreak>"), page);
        assertTrue(page.contains(", generated <time 2026-01-02T03:04:05Z>2026-01-02 03:04:05 UTC</time></paragraph>"),
                page);
        assertTrue(page.endsWith("</section2></body>"), page);
    }

    @Test
    void seriesTableThenASectionPerSeries() {
        String page = render();
        assertTrue(page.contains("<tableCell><link #series-1>shop</link></tableCell><tableCell>3</tableCell>"
                + "<tableCell>1</tableCell><tableCell>4</tableCell><tableCell>1</tableCell>"), page);
        assertTrue(page.contains("<section2><anchor series-2></anchor><sectionTitle2>ops</sectionTitle2>"), page);
        assertEquals(2, page.split("<section2>", -1).length - 1);
    }

    @Test
    void prioritiesInTheReadmesOrderAndChaptersWithWrappingPaths() {
        String page = render();
        assertTrue(page.contains("<tableCell>必讀</tableCell><tableCell>1</tableCell><tableCell>1</tableCell>"
                + "</tableRow><tableRow><tableCell>選讀</tableCell>"), page);
        assertTrue(page.contains("<tableCell><monospaced>shop/<lineBreakOpportunity>02_checkout.md</monospaced>"
                + "</tableCell><tableCell>" + ComplianceFixtures.TITLE + "</tableCell><tableCell>Troubleshooting Guide"
                + "</tableCell><tableCell>2</tableCell><tableCell>選讀</tableCell><tableCell>1</tableCell>"
                + "<tableCell>1</tableCell><tableCell>no</tableCell>"), page);
        assertTrue(page.contains("<tableCell><monospaced>chapter 07</monospaced></tableCell><tableCell></tableCell>"),
                page);
        assertTrue(page.contains("<list><listItem>line 8: row 'Refunds' is 'Done' but '04_refunds.md' does not exist"
                + "</listItem></list>"), page);
    }

    @Test
    void noSeries() {
        StringBuilder out = new StringBuilder();
        ComplianceSiteReport.render(ReportFixtures.empty(), GENERATED, recording(out), "full.html");
        assertTrue(out.toString().contains("<paragraph>No series.</paragraph></section1></body>"), out.toString());
    }
}
