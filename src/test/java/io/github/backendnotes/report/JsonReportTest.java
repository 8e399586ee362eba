package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.CodeStandards;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonReportTest {

    private static final String TRICKY = "field 'type' is 'a \"q\"\nb\tc\u0001d\\e\u2028'";

    private static RunResult result() {
        Rubric rubric = new Rubric("backend/quality_rubric.md", List.of(), List.of(), List.of(), List.of(),
                CodeStandards.NONE, List.of(new Rubric.RubricLine(7, "front matter `type`: required")),
                List.of(new Rubric.RubricLine(9, "Structure: say \"hi\"", Rubric.Reason.JUDGEMENT)));
        Series series = new Series("backend", "backend", "backend/README.md", rubric, List.of("backend/01_a.md"),
                List.of("backend/01_a.md"), Set.of(), null);
        return new RunResult(Path.of("notes"), 2, List.of(series), List.of(
                new Finding("frontmatter.fixed-value", Severity.ERROR, "backend/01_a.md", 2, 7, TRICKY, "backend"),
                new Finding("parse.empty-file", Severity.WARNING, "x.md", 1, 1, "file is empty", null)));
    }

    private static void assertContains(String json, String expected) {
        assertTrue(json.contains(expected), () -> "missing <" + expected + "> in:\n" + json);
    }

    @Test
    void containsSummaryRubricsAndFindings() {
        String json = JsonReport.render(result());
        assertTrue(json.startsWith("{\n  \"tool\": {\n    \"name\": \"backend-notes-maven-plugin\",\n"), json);
        assertTrue(json.endsWith("\n}\n"), json);
        assertContains(json, "\"notesDirectory\": \"notes\"");
        assertContains(json, "  \"summary\": {\n    \"files\": 2,\n    \"chapters\": 1,\n    \"errors\": 1,\n"
                + "    \"warnings\": 1,\n    \"infos\": 0,\n    \"suppressed\": 0,\n    \"skipped\": 0\n  },\n");
        assertContains(json, "\"series\": \"backend\",\n      \"file\": \"backend/quality_rubric.md\"");
        assertContains(json, "\"enforced\": [\n        \"line 7: front matter `type`: required\"\n      ]");
        // each not-checked line an object, with its reason
        assertContains(json, "\"notChecked\": [\n        {\n          \"line\": 9,\n          \"text\": \"Structure: say "
                + "\\\"hi\\\"\",\n          \"reason\": \"judgement\"\n        }\n      ]");
        assertContains(json, "    {\n      \"ruleId\": \"parse.empty-file\",\n      \"severity\": \"warning\",\n"
                + "      \"file\": \"x.md\",\n      \"line\": 1,\n      \"column\": 1,\n"
                + "      \"message\": \"file is empty\",\n      \"series\": null,\n      \"suppressed\": false,\n"
                + "      \"fingerprint\": \"" + new Finding("parse.empty-file", Severity.WARNING, "x.md", 1, 1, "file is empty", null)
                .fingerprint() + "\",\n      \"related\": []\n    }\n  ]\n}\n");
        assertContains(json, "\"ruleId\": \"frontmatter.fixed-value\",\n      \"severity\": \"error\",\n"
                + "      \"file\": \"backend/01_a.md\",\n      \"line\": 2,\n      \"column\": 7,");
    }

    @Test
    void aFindingListsItsRelatedFiles() {
        Finding crossFile = new Finding("index.chapter-list", Severity.ERROR, "pond/README.md", 8, 1,
                "chapter '03_carp.md' is not in the Chapters list", "pond", false,
                List.of("pond/03_carp.md", "pond/sub/04 \"reeds\".md"));
        String json = JsonReport.render(new RunResult(Path.of("n"), 2, List.of(), List.of(crossFile)));
        assertContains(json, "      \"fingerprint\": \"" + crossFile.fingerprint() + "\",\n      \"related\": [\n"
                + "        \"pond/03_carp.md\",\n        \"pond/sub/04 \\\"reeds\\\".md\"\n      ]\n    }\n  ]\n}\n");
    }

    @Test
    void escapesQuotesNewlinesAndControlCharacters() {
        String json = JsonReport.render(result());
        assertContains(json, "\"message\": \"field 'type' is 'a \\\"q\\\"\\nb\\tc\\u0001d\\\\e\\u2028'\"");
        assertTrue(json.chars().noneMatch(c -> (c < 0x20 && c != '\n') || c == 0x2028),
                "raw control character in output");
        // Every raw newline is layout: no line of the output ends inside a string.
        for (String line : json.split("\n")) {
            long quotes = line.replace("\\\\", "").replace("\\\"", "").chars().filter(c -> c == '"').count();
            assertEquals(0, quotes % 2, () -> "unbalanced quotes in line: " + line);
        }
    }

    @Test
    void emptyResultHasEmptyArrays() {
        String json = JsonReport.render(new RunResult(Path.of("n"), 0, List.of(), List.of()));
        assertContains(json, "\"rubrics\": [],");
        assertContains(json, "\"findings\": []\n}");
        assertContains(json, "\"errors\": 0,");
    }

    @Test
    void writeLeavesOnlyTheReport(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("target/backend-notes");
        Path written = JsonReport.write(result(), out);
        assertEquals(out.resolve("report.json"), written);
        // Written again over the existing file.
        written = JsonReport.write(new RunResult(Path.of("n"), 0, List.of(), List.of()), out);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("report.json"), files.map(p -> p.getFileName().toString()).toList());
        }
        String content = Files.readString(written, StandardCharsets.UTF_8);
        assertEquals(JsonReport.render(new RunResult(Path.of("n"), 0, List.of(), List.of())), content);
        assertFalse(content.contains("frontmatter.fixed-value"));
    }

    @Test
    void theHeaderSaysWhoseLinkRulesRanAndWhy() {
        RunResult plain = new RunResult(Path.of("n"), 0, List.of(), List.of());
        RunResult result = new RunResult(plain.notesDirectory(), 0, List.of(), List.of(), null, null, null, 0,
                List.of(), io.github.backendnotes.links.LinkMode.of(io.github.backendnotes.links.LinkResolution.GITHUB,
                "no .obsidian/ folder"));
        assertContains(JsonReport.render(result),
                "\"links\": {\n    \"resolution\": \"github\",\n    \"reason\": \"no .obsidian/ folder\"\n  }");
        assertTrue(!JsonReport.render(plain).contains("\"links\""));
    }
}
