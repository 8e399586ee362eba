package io.github.backendnotes.rules.index;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.IndexListing;
import io.github.backendnotes.report.JsonReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.knowledge;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.verifyRules;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeBytes;
import static io.github.backendnotes.TestVaults.writeDictionary;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** index.not-in-index, IndexListing and summary.indexCoverage through engine runs. */
class IndexCoverageRuleTest {

    @TempDir
    Path root;

    @BeforeEach
    void vault() throws java.io.IOException {
        // an Obsidian vault: its wiki links are links
        java.nio.file.Files.createDirectories(root.resolve(".obsidian"));
        writeDictionary(root);
        write(root, "knowledge/README.md", knowledge("db", "# Readme\n"));
        write(root, "knowledge/index.md", knowledge("db", "# Folder index\n"));
        write(root, "knowledge/listed.md", knowledge("db", "# Listed\n"));
        write(root, "knowledge/wiki_listed.md", knowledge("db", "# Wiki listed\n"));
        write(root, "knowledge/unlisted.md", knowledge("db", "# Unlisted\n"));
        write(root, "system/templates/tpl.md", "# Template\n");
        writeBytes(root, "knowledge/pic.png", new byte[] {1});
    }

    private void index(String body) {
        write(root, "INDEX.md", knowledge("vault", "# Index\n\n" + body));
    }

    @Test
    void notesTheIndexDoesNotLinkTo() throws IOException {
        index("""
                - [listed](knowledge/listed.md)
                - [[wiki_listed]]
                - [picture](knowledge/pic.png)
                - [readme](knowledge/README.md)
                - [ghost](knowledge/ghost.md)
                """);
        assertEquals(List.of(
                "knowledge/unlisted.md:0:0: info [index.not-in-index] 'INDEX.md' does not link to this note"),
                full(verifyRules(root, "index.not-in-index")));
        // readmes, index files, the dictionary and templates are not counted; a missing target lists nothing
        assertEquals(new IndexListing("INDEX.md", 2, 3, List.of("knowledge/unlisted.md")), verify(root).indexCoverage());
    }

    @Test
    void coverageInTheJsonSummary() throws IOException {
        index("- [listed](knowledge/listed.md)\n- [[wiki_listed]]\n");
        RunResult result = verify(root);
        assertEquals(66.67, result.indexCoverage().percent());
        String json = JsonReport.render(result);
        assertTrue(json.contains("    \"skipped\": 0,\n    \"indexCoverage\": {\n      \"index\": \"INDEX.md\",\n"
                + "      \"indexed\": 2,\n      \"total\": 3,\n      \"percent\": 66.67\n    }\n  },\n"), json);
    }

    @Test
    void aCompleteIndexIsAHundredPercent() throws IOException {
        index("- [a](knowledge/listed.md)\n- [b](knowledge/wiki_listed.md)\n- [c](knowledge/unlisted.md)\n");
        RunResult result = verify(root);
        assertEquals(new IndexListing("INDEX.md", 3, 3, List.of()), result.indexCoverage());
        assertEquals(List.of(), full(verifyRules(root, "index.")));
        assertTrue(JsonReport.render(result).contains("\"total\": 3,\n      \"percent\": 100\n"));
    }

    @Test
    void noRootIndexNoCoverage() throws IOException {
        RunResult result = verify(root);
        assertNull(result.indexCoverage());
        assertEquals(List.of(), full(verifyRules(root, "index.")));
        assertFalse(JsonReport.render(result).contains("indexCoverage"));
    }

    @Test
    void percentRoundsToTwoDecimals() {
        assertEquals(33.33, new IndexListing("INDEX.md", 1, 3, List.of()).percent());
        assertEquals(95.49, new IndexListing("INDEX.md", 445, 466, List.of()).percent());
        assertEquals(100.0, new IndexListing("INDEX.md", 0, 0, List.of()).percent());
    }
}
