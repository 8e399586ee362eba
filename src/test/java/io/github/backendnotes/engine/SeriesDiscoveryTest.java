package io.github.backendnotes.engine;

import io.github.backendnotes.model.Series;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.github.backendnotes.TestVaults.rubric;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class SeriesDiscoveryTest {

    private static final String NO_SCOPE = """
            ## Frontmatter

            | Field | Type |
            |---|---|
            | title | string |
            """;

    /** Discovers series among {@code files} (path → content); files ending in {@code /} are placeholders. */
    private static List<Series> discover(Map<String, String> files) {
        Map<String, String> sorted = new TreeMap<>(files);
        return new SeriesDiscovery().discover(new ArrayList<>(sorted.keySet()),
                path -> rubric(path, sorted.getOrDefault(path, "# x\n")));
    }

    private static Map<String, String> files(String... pathsAndContent) {
        Map<String, String> map = new TreeMap<>();
        for (String entry : pathsAndContent) {
            int eq = entry.indexOf('=');
            map.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? "# x\n" : entry.substring(eq + 1));
        }
        return map;
    }

    @Test
    void nestedSeriesNearestRubricWins() {
        List<Series> series = discover(files(
                "backend/README.md", "backend/quality_rubric.md=" + NO_SCOPE,
                "backend/01_a.md", "backend/net/02_b.md", "backend/notes.md",
                "backend/sub/readme.md", "backend/sub/quality_rubric.md=" + NO_SCOPE,
                "backend/sub/01_c.md", "backend/sub/deep/03_d.md",
                "other/05_x.md", "other/quality_rubric.md"));
        assertEquals(2, series.size());
        Series backend = series.get(0);
        assertEquals("backend", backend.name());
        assertEquals("backend", backend.dir());
        assertEquals("backend/README.md", backend.readme());
        assertEquals("backend/quality_rubric.md", backend.rubric().file());
        assertEquals(List.of("backend/01_a.md", "backend/net/02_b.md"), backend.chapters());
        assertEquals(Set.of("net", "sub"), backend.folders());
        Series sub = series.get(1);
        assertEquals("sub", sub.name());
        assertEquals("backend/sub/readme.md", sub.readme());
        assertEquals(List.of("backend/sub/01_c.md", "backend/sub/deep/03_d.md"), sub.chapters());
    }

    @Test
    void scopeListsChaptersInRubricOrderAndNumberedFilesAreIgnored() {
        List<Series> series = discover(files(
                "s/README.md", "s/quality_rubric.md=## Scope\n\n- `02_b.md`\n- `extra/notes.md`\n- `missing.md`\n",
                "s/01_a.md", "s/02_b.md", "s/extra/notes.md"));
        assertEquals(List.of("s/02_b.md", "s/extra/notes.md"), series.get(0).chapters());
    }

    @Test
    void theSeriesListTheWalksOwnPathStrings() {
        // a run keeps every series' lists to its end: a path equal to the walk's is one more string a file
        List<String> walked = new ArrayList<>(List.of("s/01_a.md", "s/02_b.md", "s/README.md", "s/extra/notes.md",
                "s/quality_rubric.md"));
        Map<String, String> content = Map.of("s/quality_rubric.md", "## Scope\n\n- `extra/notes.md`\n- `01_a.md`\n");
        Series series = new SeriesDiscovery().discover(walked, path -> rubric(path, content.get(path))).get(0);
        assertEquals(List.of("s/extra/notes.md", "s/01_a.md"), series.chapters());
        assertSame(walked.get(3), series.chapters().get(0));
        assertSame(walked.get(0), series.chapters().get(1));
        assertEquals(List.of("s/01_a.md", "s/02_b.md"), series.numbered());
        assertSame(walked.get(0), series.numbered().get(0));
        assertSame(walked.get(1), series.numbered().get(1));
    }

    @Test
    void scopeRangeSelectsNumberedFiles() {
        List<Series> series = discover(files(
                "s/README.md", "s/quality_rubric.md=## Scope\n\n適用檔案：`01` 到 `02` 全章\n",
                "s/00_x.md", "s/01_a.md", "s/02_b.md", "s/03_c.md", "s/2_short.md"));
        assertEquals(List.of("s/01_a.md", "s/02_b.md"), series.get(0).chapters());
    }

    @Test
    void rootSeries() {
        List<Series> series = discover(files("README.md", "quality_rubric.md=" + NO_SCOPE, "01_a.md", "x/02_b.md"));
        assertEquals(1, series.size());
        assertEquals("", series.get(0).name());
        assertEquals("", series.get(0).dir());
        assertEquals(List.of("01_a.md", "x/02_b.md"), series.get(0).chapters());
    }

    @Test
    void longNumericPrefixDoesNotBreakDiscovery() {
        // Timestamp-named notes (Zettelkasten style) have prefixes too long for an int.
        List<Series> noScope = discover(files("s/README.md", "s/quality_rubric.md=" + NO_SCOPE,
                "s/01_a.md", "s/20260101120000_log.md"));
        assertEquals(List.of("s/01_a.md", "s/20260101120000_log.md"), noScope.get(0).chapters());
        List<Series> ranged = discover(files("s/README.md", "s/quality_rubric.md=## Scope\n\n`00` 到 `20`\n",
                "s/01_a.md", "s/20260101120000_log.md"));
        assertEquals(List.of("s/01_a.md"), ranged.get(0).chapters());
    }
}
