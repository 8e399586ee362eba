package io.github.backendnotes.engine;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.github.backendnotes.TestVaults.brief;
import static io.github.backendnotes.TestVaults.bytes;
import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {

    private static final String RUBRIC = """
            # Backend rubric

            ## Frontmatter Requirements

            | 欄位 | 型別 | 說明 |
            |---|---|---|
            | `type` | string | 固定為 `knowledge` |
            | `chapter` | string | 兩位數字串 |
            """;

    @TempDir
    Path root;

    @BeforeEach
    void vault() {
        write(root, "backend/README.md", "# Backend\n");
        write(root, "backend/quality_rubric.md", RUBRIC);
        write(root, "backend/01_a.md", "---\ntype: knowledge\nchapter: \"01\"\n---\n# A\n");
        write(root, "backend/02_b.md", "---\ntype: note\nchapter: \"03\"\n---\n# B\n");
        write(root, "backend/03_c.md", "# C without front matter\n");
        write(root, "notes/loose.md", "---\ntype: anything\n---\n");
    }

    @Test
    void notesReadAheadOrNotMakeTheSameRun() throws IOException {
        // the example series beside the vault above, with a broken link and a missing section
        Path examples = Path.of("examples/notes/networking");
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(examples)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                write(root, "networking/" + examples.relativize(file).toString().replace('\\', '/'),
                        java.nio.file.Files.readString(file));
            }
        }
        write(root, "networking/basics/02_dns_lookup.md", java.nio.file.Files.readString(
                examples.resolve("basics/02_dns_lookup.md")).replace("## ", "### ") + "\n[gone](nowhere.md)\n");
        // with a dictionary (read ahead too) and the note cache written as the goal writes it
        io.github.backendnotes.TestVaults.writeDictionary(root);
        io.github.backendnotes.run.RunRequest request = io.github.backendnotes.TestVaults.request(root).withCompliance()
                .withNoteCache(root.resolve("target/note-cache.bin"));
        List<RunResult> runs = new ArrayList<>();
        for (long readAhead : new long[] {0, 2_000, Long.MAX_VALUE}) {
            runs.add(new Engine(io.github.backendnotes.rules.RuleCatalog.noteRules(),
                    io.github.backendnotes.rules.RuleCatalog.vaultRules(),
                    io.github.backendnotes.check.SeverityPolicy.DEFAULTS, readAhead).run(request));
        }
        assertTrue(runs.get(0).findings().stream().anyMatch(f -> f.ruleId().equals("links.broken")));
        assertTrue(runs.get(0).findings().stream().anyMatch(f -> f.message().contains("(dictionary")));
        for (RunResult run : runs.subList(1, runs.size())) {
            assertEquals(runs.get(0).findings(), run.findings());
            assertEquals(runs.get(0).compliance(), run.compliance());
            assertEquals(runs.get(0).series(), run.series());
        }
    }

    @Test
    void findsExactFindingsSorted() throws IOException {
        var result = verify(root);
        assertEquals(List.of(
                "backend/02_b.md:2:7 frontmatter.fixed-value",
                "backend/02_b.md:3:10 frontmatter.chapter-number",
                "backend/03_c.md:1:1 frontmatter.missing"), brief(result.findings()));
        assertEquals(6, result.files());
        assertEquals(3, result.chapters());
        assertEquals(1, result.series().size());
        assertEquals(3, result.count(Severity.ERROR));
        assertEquals(Set.of("backend"), result.findings().stream().map(Finding::series).collect(java.util.stream.Collectors.toSet()));
        assertEquals(root.toAbsolutePath().normalize(), result.notesDirectory());
    }

    @Test
    void findingsAreSortedByFileLineColumnRule() throws IOException {
        write(root, "backend/00_first.md", "---\nchapter: \"00\"\ntype: x\nchapter: \"09\"\n---\n");
        var findings = verify(root).findings();
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        assertEquals(sorted, findings);
        assertEquals(List.of(
                "backend/00_first.md:3:7 frontmatter.fixed-value",
                "backend/00_first.md:4:1 frontmatter.duplicate-key",
                "backend/02_b.md:2:7 frontmatter.fixed-value",
                "backend/02_b.md:3:10 frontmatter.chapter-number",
                "backend/03_c.md:1:1 frontmatter.missing"), brief(findings));
    }

    @Test
    void brokenFilesDoNotStopTheOthers() throws IOException {
        List<Finding> before = verify(root).findings();
        writeBytes(root, "backend/04_bad.md", bytes("---\ntype: knowledge\n", new byte[] {(byte) 0xFF}, "\n---\n"));
        write(root, "backend/05_open.md", "---\ntype: knowledge\n# never closed\n");
        write(root, "backend/06_empty.md", "");
        write(root, "notes/bomb.md", "---\na: &a [x, x]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a,"
                + " *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\n");
        var after = verify(root);
        Set<String> bad = Set.of("backend/04_bad.md", "backend/05_open.md", "backend/06_empty.md", "notes/bomb.md");
        assertEquals(before, after.findings().stream().filter(f -> !bad.contains(f.file())).toList());
        assertEquals(List.of(
                "backend/04_bad.md:3:1 parse.encoding",
                "backend/05_open.md:1:1 parse.front-matter-unclosed",
                "backend/06_empty.md:1:1 parse.empty-file",
                "notes/bomb.md:1:1 parse.front-matter"),
                brief(after.findings().stream().filter(f -> bad.contains(f.file())).toList()));
        assertEquals(Severity.WARNING, after.findings().stream()
                .filter(f -> f.file().equals("backend/06_empty.md")).findFirst().orElseThrow().severity());
    }

    @Test
    void excludedHiddenAndTargetFoldersAreNotChecked() throws IOException {
        write(root, "drafts/empty.md", "");
        write(root, "backend/drafts/09_x.md", "");
        write(root, ".obsidian/empty.md", "");
        write(root, "target/empty.md", "");
        var result = verify(root, "drafts/**", "**/drafts/**");
        assertEquals(6, result.files());
        assertEquals(3, result.findings().size());
        assertEquals(List.of("backend/01_a.md", "backend/02_b.md", "backend/03_c.md"), result.series().get(0).chapters());
    }

    /**
     * Excluded notes are not checked, not counted and never reported on, but they exist: links to them, by path, by
     * name or with an anchor (taken on trust: the excluded note is not read), are not broken.
     */
    @Test
    void excludedNotesStayLinkTargets() throws IOException {
        write(root, "00_system/guide.md", "");
        write(root, "00_system/sub/faq.md", "[x](nowhere.md)\n");
        write(root, "00_system/logo.png", "png");
        write(root, "INDEX.md", "# Index\n\n[guide](00_system/guide.md) [faq](00_system/sub/faq.md#setup)"
                + " [[guide]] [[00_system/sub/faq#setup]] ![logo](00_system/logo.png) [gone](00_system/gone.md)\n");
        var result = verify(root, "00_system/**");
        assertEquals(7, result.files());
        assertEquals(List.of("INDEX.md:3:129: error [links.broken] link '00_system/gone.md' does not exist (resolved to '00_system/gone.md')"),
                full(result.findings().stream()
                        .filter(f -> f.file().equals("INDEX.md") || f.file().startsWith("00_system/")).toList()));
    }

    @Test
    void aNotesDirectoryThatIsAFileSaysSo() throws IOException {
        java.nio.file.Path file = java.nio.file.Files.writeString(root.resolve("notes.md"), "# x\n");
        var stop = assertThrows(io.github.backendnotes.run.UnusableInput.class, () -> verify(file));
        assertEquals("the notes directory " + file.toAbsolutePath().normalize() + " is a file, not a folder",
                stop.getMessage());
    }

    @Test
    void aBadGlobStopsTheRunNamingTheParameter() {
        var stop = assertThrows(io.github.backendnotes.run.UnusableInput.class, () -> verify(root, "drafts/[abc"));
        assertTrue(stop.getMessage().startsWith("backend-notes.excludes: 'drafts/[abc' is not a glob: "),
                stop.getMessage());
    }

    @Test
    void nestedSeriesUsesItsOwnRubric() throws IOException {
        write(root, "backend/sub/README.md", "# Sub\n");
        write(root, "backend/sub/quality_rubric.md", "## Frontmatter\n\n| Field | Type |\n|---|---|\n| topic | string |\n");
        write(root, "backend/sub/01_x.md", "---\ntitle: no type, no chapter\n---\n");
        var result = verify(root);
        List<Finding> sub = result.findings().stream().filter(f -> f.file().startsWith("backend/sub/")).toList();
        assertEquals(List.of(new Finding("frontmatter.required-field", Severity.ERROR, "backend/sub/01_x.md", 1, 1,
                "field 'topic' is missing (rubric: a string)", "sub")), sub);
        assertEquals(2, result.series().size());
    }

    @Test
    void scopeDecidesWhatIsAChapter() throws IOException {
        write(root, "backend/quality_rubric.md", "## Scope\n\n- `01_a.md`\n\n" + RUBRIC.replace("# Backend rubric\n", ""));
        var result = verify(root);
        assertEquals(List.of("backend/01_a.md"), result.series().get(0).chapters());
        // 02 and 03 are not checked as chapters; the rubric is told they are missing from its Scope
        assertEquals(List.of("rubric.not-in-scope", "rubric.not-in-scope"),
                result.findings().stream().map(Finding::ruleId).toList());
    }

    @Test
    void missingNotesDirectory() {
        assertThrows(NoSuchFileException.class, () -> verify(root.resolve("nope")));
    }

    @Test
    void aReadmeOrMatrixThatCannotBeReadForTheCrossFileChecksIsAFindingOnIt() {
        io.github.backendnotes.check.Findings sink = new io.github.backendnotes.check.Findings("s/README.md", "s",
                io.github.backendnotes.check.SeverityPolicy.DEFAULTS);
        assertEquals("read", NoteCheck.readForCrossFile(() -> "read", sink));
        assertNull(NoteCheck.<String>readForCrossFile(() -> {
            throw new IllegalStateException("boom");
        }, sink));
        assertNull(NoteCheck.<String>readForCrossFile(() -> {
            throw new StackOverflowError();
        }, sink));
        assertEquals(List.of("parse.internal-error: the plugin failed on this note (java.lang.IllegalStateException: boom);"
                        + " please report it with the note",
                "parse.too-complex: the note nests too deeply to be read for the cross-file checks"),
                sink.findings().stream().map(f -> f.ruleId() + ": " + f.message()).toList());
    }
}
