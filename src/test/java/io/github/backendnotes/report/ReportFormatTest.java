package io.github.backendnotes.report;

import io.github.backendnotes.files.TextOut;
import io.github.backendnotes.files.WriteSizes;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.run.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportFormatTest {

    @Test
    void fileNames() {
        assertEquals("report.json", ReportFormat.JSON.fileName());
        assertEquals("report.sarif", ReportFormat.SARIF.fileName());
        assertEquals("TEST-backend-notes.xml", ReportFormat.JUNIT.fileName());
        assertEquals("report.md", ReportFormat.MARKDOWN.fileName());
        assertEquals("report.html", ReportFormat.HTML.fileName());
        assertEquals(List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT, ReportFormat.MARKDOWN),
                ReportFormat.DEFAULTS);
    }

    @Test
    void parseIsCaseInsensitiveTrimsAndKeepsFirstOccurrence() {
        assertEquals(List.of(ReportFormat.HTML, ReportFormat.SARIF, ReportFormat.JUNIT),
                ReportFormat.parse(" html,Sarif ,JUNIT,, html "));
        assertEquals(List.of(ReportFormat.MARKDOWN), ReportFormat.parse("markdown"));
        assertEquals(List.of(), ReportFormat.parse(""));
        assertEquals(List.of(), ReportFormat.parse(" , "));
        assertEquals(List.of(), ReportFormat.parse(null));
    }

    @Test
    void parseRejectsAnUnknownNameNamingItAndTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReportFormat.parse("json, xml ,html"));
        assertEquals("unknown report format 'xml'; known formats: json, sarif, junit, markdown, html", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.parse("md"));
        assertEquals("unknown report format 'md'; known formats: json, sarif, junit, markdown, html", e.getMessage());
    }

    @Test
    void writeAlwaysIncludesJsonAndWritesEachFormatOnce(@TempDir Path dir) throws IOException {
        RunResult result = ReportFixtures.result();
        Path out = dir.resolve("target/backend-notes");
        ReportContext context = new ReportContext(Instant.parse("2026-01-02T03:04:05Z"), out, Map.of());
        List<Path> written = Reports.write(result, context, List.of(ReportFormat.HTML, ReportFormat.MARKDOWN,
                ReportFormat.HTML));
        assertEquals(List.of(out.resolve("report.json"), out.resolve("report.html"), out.resolve("report.md")),
                written);
        assertEquals(List.of("report.html", "report.json", "report.md"), names(out));
        RunResult ordered = Reports.ordered(result);
        assertEquals(JsonReport.render(ordered), Files.readString(out.resolve("report.json")));
        assertEquals(HtmlReport.render(ordered, context), Files.readString(out.resolve("report.html")));
        assertEquals(MarkdownReport.render(result), Files.readString(out.resolve("report.md")));
    }

    @Test
    void writeDefaultsAndEveryClassWritesUnderItsFileName(@TempDir Path dir) throws IOException {
        RunResult result = ReportFixtures.result();
        assertEquals(List.of(dir.resolve("report.json"), dir.resolve("report.sarif"),
                dir.resolve("TEST-backend-notes.xml"), dir.resolve("report.md")),
                Reports.write(result, dir, ReportFormat.DEFAULTS));
        ReportContext context = new ReportContext(Instant.parse("2026-01-02T03:04:05Z"), dir, Map.of());
        Reports.write(result, context, List.of(ReportFormat.values()));
        for (ReportFormat format : ReportFormat.values()) {
            assertEquals(format.render(result, context), Files.readString(dir.resolve(format.fileName())),
                    format.name());
        }
        assertEquals(List.of(dir.resolve("report.json")), Reports.write(result, dir, List.of()));
        assertEquals(dir.resolve("report.sarif"), SarifReport.write(result, dir));
        assertEquals(dir.resolve("TEST-backend-notes.xml"), JunitReport.write(result, dir));
        assertEquals(dir.resolve("report.md"), MarkdownReport.write(result, dir));
        assertEquals(dir.resolve("report.html"), HtmlReport.write(result, dir));
    }

    @Test
    void aReportOfManyPiecesIsWrittenAsItRendersWhole(@TempDir Path dir) throws IOException {
        // about 40 pieces of the stream
        RunResult result = cjkFindings(6_000);
        ReportContext context = new ReportContext(Instant.parse("2026-01-02T03:04:05Z"), dir, Map.of());
        Reports.write(result, context, List.of(ReportFormat.values()));
        for (ReportFormat format : ReportFormat.values()) {
            String rendered = format.render(result, context);
            assertTrue(rendered.length() > 2 * TextOut.PIECE, format.name() + ": " + rendered.length());
            assertEquals(rendered, Files.readString(dir.resolve(format.fileName())), format.name());
        }
    }

    @Test
    void everyFormatGoesToItsStreamAsItIsRenderedNotBuiltWholeFirst() throws IOException {
        RunResult ordered = Reports.ordered(cjkFindings(15_000));
        ReportContext context = new ReportContext(Instant.parse("2026-01-02T03:04:05Z"), Path.of("out"), Map.of());
        for (ReportFormat format : ReportFormat.values()) {
            WriteSizes recording = new WriteSizes();
            TextOut.write(recording, out -> format.renderOrdered(ordered, context, out));
            assertTrue(recording.total() > 8 * TextOut.PIECE, format + ": " + recording.total());
            // a report built whole and then handed over would be one write of all of it
            assertTrue(recording.sizes().stream().allMatch(len -> len <= 4 * TextOut.PIECE),
                    format + ": " + recording.sizes());
        }
    }

    /** Errors and warnings whose messages hold CJK text and a pair of surrogates, seven to a file. */
    private static RunResult cjkFindings(int count) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            findings.add(new Finding("section.sentence-count", i % 3 == 0 ? Severity.WARNING : Severity.ERROR,
                    "系列/" + i / 7 + ".md", i % 7 + 1, 1, "段落 '意圖 😀' has " + i + " sentences", "系列"));
        }
        return new RunResult(Path.of("notes"), count / 7 + 1, List.of(ReportFixtures.series("系列", "系列")),
                findings);
    }

    @Test
    void reportsStartedAreAwaitedAndAFailureComesWithTheAwait(@TempDir Path dir) throws IOException {
        Reports.Writing writing = Reports.start(ReportFixtures.result(), ReportContext.now(dir),
                List.of(ReportFormat.MARKDOWN));
        assertEquals(List.of(dir.resolve("report.json"), dir.resolve("report.md")), writing.await());
        assertEquals(ReportFormat.MARKDOWN.render(ReportFixtures.result()), Files.readString(dir.resolve("report.md")));
        Path taken = dir.resolve("taken");
        Files.writeString(taken, "a file where the output directory should be");
        Reports.Writing failing = Reports.start(ReportFixtures.result(), ReportContext.now(taken), List.of());
        assertThrows(IOException.class, failing::await);
    }

    @Test
    void aReportThatCannotBeWrittenFailsWithItsOwnError(@TempDir Path dir) throws IOException {
        Path taken = dir.resolve("taken");
        Files.writeString(taken, "a file where the output directory should be");
        assertThrows(IOException.class,
                () -> Reports.write(ReportFixtures.result(), taken, List.of(ReportFormat.values())));
    }

    @Test
    void formatsNotRequestedAreRemovedSoNoReportOutlivesItsRun(@TempDir Path dir) throws IOException {
        RunResult result = ReportFixtures.result();
        Reports.write(result, dir, List.of(ReportFormat.values()));
        Files.writeString(dir.resolve("note-cache.bin"), "kept");
        Files.createDirectories(dir.resolve("coverage"));
        Reports.write(ReportFixtures.empty(), dir, List.of(ReportFormat.SARIF));
        assertEquals(List.of("coverage", "note-cache.bin", "report.json", "report.sarif"), names(dir));
        assertEquals(ReportFormat.JSON.render(ReportFixtures.empty()), Files.readString(dir.resolve("report.json")));
    }

    @Test
    void everyFormatPutsErrorsFirst() {
        RunResult ordered = Reports.ordered(ReportFixtures.result());
        assertEquals(List.of(ReportFixtures.ERROR, ReportFixtures.SUPPRESSED, ReportFixtures.WARNING,
                ReportFixtures.INFO), ordered.findings());
        assertEquals(ReportFixtures.result().files(), ordered.files());
        for (ReportFormat format : List.of(ReportFormat.JSON, ReportFormat.SARIF, ReportFormat.JUNIT,
                ReportFormat.MARKDOWN)) {
            String text = format.render(ReportFixtures.result());
            int error = text.indexOf("frontmatter.fixed-value");
            int warning = text.indexOf("structure.missing-heading");
            int info = text.indexOf("links.orphan");
            assertTrue(error >= 0 && error < warning && warning < info, format.name() + ":\n" + text);
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void prefixedJoinsWithOneSlash() {
        assertEquals("a/b.md", Reports.prefixed("", "a/b.md"));
        assertEquals("a/b.md", Reports.prefixed(null, "a/b.md"));
        assertEquals("docs/notes/a/b.md", Reports.prefixed("docs/notes", "a/b.md"));
        assertEquals("docs/notes/a/b.md", Reports.prefixed(" docs\\notes// ", "a\\b.md"));
        assertEquals("a/b.md", Reports.prefixed("./", "a/b.md"));
    }
}
