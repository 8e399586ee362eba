package io.github.backendnotes.engine;

import io.github.backendnotes.run.RunResult;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.rules.RuleCatalog;
import io.github.backendnotes.check.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static io.github.backendnotes.TestVaults.about;
import static io.github.backendnotes.TestVaults.bytes;
import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.write;
import static io.github.backendnotes.TestVaults.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile file contents: YAML bombs, broken encodings, pathological Markdown, oversized files and a rule that
 * throws. Whatever a file holds, the run ends in bounded time with findings, never an exception, and the other
 * files' findings do not change.
 */
class HostileInputTest {

    /** Generous: every case here takes well under a second when the limits hold. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final String RUBRIC = """
            # Rubric

            ## Frontmatter Requirements

            | 欄位 | 型別 | 說明 |
            |---|---|---|
            | `type` | string | 固定為 `knowledge` |
            """;

    @TempDir
    Path root;

    private RunResult run(RunRequest request) {
        return assertTimeoutPreemptively(BOUND, () -> new Engine().run(request));
    }

    private RunResult run() {
        return run(request(root));
    }

    private List<String> findingsOf(String file) {
        return full(about(run().findings(), file));
    }

    // ---- 1. YAML front matter ----------------------------------------------------------------------------------

    /** Nine levels of ten aliases each: 10^9 values if expanded. */
    static String billionLaughs() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            char previous = (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            yaml.append("]\n");
        }
        return yaml.append("---\n# Laughs\n").toString();
    }

    /** Only 20 aliases (the limit allows them) but 4^5 * 10 values once expanded: the value count stops it. */
    static String quadraticLaughs() {
        StringBuilder yaml = new StringBuilder("---\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'f'; level++) {
            char previous = (char) (level - 1);
            yaml.append(level).append(": &").append(level).append(" [*").append(previous).append(", *").append(previous)
                    .append(", *").append(previous).append(", *").append(previous).append("]\n");
        }
        return yaml.append("---\n# Laughs\n").toString();
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> frontMatterCases() {
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("billion laughs", billionLaughs(),
                        "notes/x.md:1:1: error [parse.front-matter] front matter is not valid YAML: Number of aliases for non-scalar nodes exceeds the specified max=20"),
                org.junit.jupiter.params.provider.Arguments.of("alias expansion", quadraticLaughs(),
                        "notes/x.md:1:1: error [parse.front-matter] front matter expands to more than 10000 values (aliases?); it is not read"),
                org.junit.jupiter.params.provider.Arguments.of("nesting 20,000 deep",
                        "---\ntitle: ok\ndeep: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\n# Deep\n",
                        "notes/x.md:1:1: error [parse.front-matter] front matter is not valid YAML: Nesting Depth exceeded max 32"),
                org.junit.jupiter.params.provider.Arguments.of("mappings nested 20,000 deep",
                        "---\ndeep: " + "{a: ".repeat(20_000) + "b" + "}".repeat(20_000) + "\n---\n# Deep\n",
                        "notes/x.md:1:1: error [parse.front-matter] front matter is not valid YAML: Nesting Depth exceeded max 32"),
                org.junit.jupiter.params.provider.Arguments.of("2 MB scalar",
                        "---\ntitle: \"" + "x".repeat(2 * 1024 * 1024) + "\"\n---\n# Big\n",
                        "notes/x.md:1:1: error [parse.front-matter] front matter is not valid YAML: The incoming YAML document exceeds the limit: 1000000 code points."),
                org.junit.jupiter.params.provider.Arguments.of("duplicate key",
                        "---\ntitle: one\nstatus: draft\ntitle: two\n---\n# Twice\n",
                        "notes/x.md:4:1: error [frontmatter.duplicate-key] key 'title' appears more than once; the first value is used"),
                org.junit.jupiter.params.provider.Arguments.of("tab indentation",
                        "---\ntitle: one\nmeta:\n\tstatus: draft\n---\n# Tabs\n",
                        "notes/x.md:4:1: error [parse.front-matter] front matter is not valid YAML: found character '\\t(TAB)' that cannot start any token. (Do not use \\t(TAB) for indentation)"),
                org.junit.jupiter.params.provider.Arguments.of("a list",
                        "---\n- one\n- two\n---\n# List\n",
                        "notes/x.md:1:1: error [parse.front-matter] front matter must be a mapping of 'key: value' lines, found a list"),
                org.junit.jupiter.params.provider.Arguments.of("a scalar",
                        "---\njust a sentence\n---\n# Scalar\n",
                        "notes/x.md:1:1: error [parse.front-matter] front matter must be a mapping of 'key: value' lines, found a single value"),
                org.junit.jupiter.params.provider.Arguments.of("never closed",
                        "---\ntitle: one\n\n# Heading\n\nText.\n",
                        "notes/x.md:1:1: error [parse.front-matter-unclosed] front matter opened by '---' on line 1 is never closed by a '---' line"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frontMatterCases")
    void hostileFrontMatterIsExactlyOneFinding(String name, String content, String expected) {
        write(root, "notes/x.md", content);
        assertEquals(List.of(expected), findingsOf("notes/x.md"));
    }

    @Test
    void hostileFrontMatterOfAChapterIsOneFindingToo() {
        writeSeries();
        write(root, "s/01_bomb.md", billionLaughs());
        write(root, "s/02_deep.md", "---\ntype: knowledge\ndeep: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\n# Deep\n");
        List<Finding> findings = run().findings();
        assertEquals(List.of("s/01_bomb.md:1:1 parse.front-matter"), brief(about(findings, "s/01_bomb.md")));
        assertEquals(List.of("s/02_deep.md:1:1 parse.front-matter"), brief(about(findings, "s/02_deep.md")));
    }

    // ---- 2. Encodings -------------------------------------------------------------------------------------------

    @Test
    void invalidUtf8IsReportedOnTheLineOfTheFirstBadByte() {
        byte[] content = bytes("---\ntitle: 中文\n---\n# Title\n\nfine ", new byte[] {(byte) 0xE4, (byte) 0xB8},
                " truncated\nand ", new byte[] {(byte) 0xFF}, " later\n");
        writeBytes(root, "notes/x.md", content);
        int offset = "---\ntitle: 中文\n---\n# Title\n\nfine ".getBytes(StandardCharsets.UTF_8).length;
        assertEquals(List.of("notes/x.md:6:1: error [parse.encoding] file is not valid UTF-8 (first invalid byte at offset "
                + offset + "); it is not checked further"), findingsOf("notes/x.md"));
    }

    @Test
    void latin1FileIsAnEncodingFindingOnItsLine() {
        writeBytes(root, "notes/x.md", "# Caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertEquals(List.of("notes/x.md:1:1: error [parse.encoding] file is not valid UTF-8 (first invalid byte at offset 5);"
                + " it is not checked further"), findingsOf("notes/x.md"));
    }

    /**
     * The same chapter, with a front-matter defect, a duplicate key, a broken link, a link that resolves and a
     * code block, in four encodings: each is reported exactly like the plain file, line and column included.
     */
    @Test
    void bomCrlfAndLoneCrLintExactlyLikeThePlainFile() {
        writeSeries();
        String chapter = """
                ---
                type: note
                title: Chapter
                title: again
                ---
                # Chapter

                A [broken](missing.md) link and a [fine](02_bom.md) one.

                ```
                code without a language
                ```

                ## Section

                Text under it.
                """;
        write(root, "s/01_plain.md", chapter);
        writeBytes(root, "s/02_bom.md", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, chapter));
        write(root, "s/03_crlf.md", chapter.replace("\n", "\r\n"));
        write(root, "s/04_cr.md", chapter.replace("\n", "\r"));
        List<Finding> findings = run().findings();
        List<String> plain = full(about(findings, "s/01_plain.md")).stream().map(l -> l.replace("s/01_plain.md", "X")).toList();
        assertEquals(List.of(
                "X:2:7: error [frontmatter.fixed-value] field 'type' is 'note', expected 'knowledge' (rubric: 固定為 `knowledge`)",
                "X:4:1: error [frontmatter.duplicate-key] key 'title' appears more than once; the first value is used",
                "X:8:3: error [links.broken] link 'missing.md' does not exist (resolved to 's/missing.md')"), plain);
        for (String variant : List.of("s/02_bom.md", "s/03_crlf.md", "s/04_cr.md")) {
            assertEquals(plain, full(about(findings, variant)).stream().map(l -> l.replace(variant, "X")).toList(), variant);
        }
    }

    @Test
    void nulByteMakesTheFileBinary() {
        writeBytes(root, "notes/x.md", bytes("# Title\n\ntext\nmore", new byte[] {0}, "\n"));
        write(root, "notes/png.md", "\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR");
        List<Finding> findings = run().findings();
        assertEquals(List.of("notes/x.md:4:1: error [parse.binary] file holds a NUL byte (offset 18): it is binary, not a note;"
                + " it is not checked"), full(about(findings, "notes/x.md")));
        assertEquals(List.of("notes/png.md:3:1 parse.binary"), brief(about(findings, "notes/png.md")));
    }

    @Test
    void emptyFilesAreAWarning() {
        writeSeries();
        write(root, "s/01_empty.md", "");
        write(root, "notes/blank.md", " \n\t\n\r\n");
        writeBytes(root, "notes/bom.md", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        List<Finding> findings = run().findings();
        assertEquals(List.of("s/01_empty.md:1:1: warning [parse.empty-file] file is empty"), full(about(findings, "s/01_empty.md")));
        assertEquals(List.of("notes/blank.md:1:1: warning [parse.empty-file] file is empty"), full(about(findings, "notes/blank.md")));
        assertEquals(List.of("notes/bom.md:1:1: warning [parse.empty-file] file is empty"), full(about(findings, "notes/bom.md")));
    }

    // ---- 3. Pathological Markdown ----------------------------------------------------------------------------------

    static Stream<org.junit.jupiter.params.provider.Arguments> pathologicalMarkdown() {
        String words = "word ".repeat(5 * 1024 * 1024 / 5);
        return Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("50,000 >", ">".repeat(50_000) + " deep\n"),
                org.junit.jupiter.params.provider.Arguments.of("50,000 > with spaces", "> ".repeat(50_000) + "deep\n"),
                org.junit.jupiter.params.provider.Arguments.of("50,000 [", "[".repeat(50_000) + "\n"),
                org.junit.jupiter.params.provider.Arguments.of("50,000 [ closed", "[".repeat(50_000) + "x" + "]".repeat(50_000) + "(y.md)\n"),
                org.junit.jupiter.params.provider.Arguments.of("50,000 list levels", "- ".repeat(50_000) + "item\n"),
                org.junit.jupiter.params.provider.Arguments.of("50,000 emphasis", "*a ".repeat(50_000) + "\n"),
                org.junit.jupiter.params.provider.Arguments.of("5 MB line", words + "\n"),
                org.junit.jupiter.params.provider.Arguments.of("5 MB heading", "# " + words + "\n"),
                org.junit.jupiter.params.provider.Arguments.of("100,000 headings", "# h\n".repeat(100_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalMarkdown")
    void pathologicalMarkdownEndsInBoundedTime(String name, String body) {
        writeSeries();
        write(root, "s/01_hostile.md", "---\ntype: knowledge\n---\n" + body);
        write(root, "notes/hostile.md", body);
        List<Finding> findings = run().findings();
        for (String file : List.of("s/01_hostile.md", "notes/hostile.md")) {
            List<Finding> mine = about(findings, file);
            assertTrue(mine.stream().noneMatch(f -> f.ruleId().equals("parse.internal-error")), full(mine).toString());
            assertTrue(mine.stream().filter(f -> f.ruleId().equals("parse.too-complex")).count() <= 1, full(mine).toString());
        }
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("parse.internal-error")), full(findings).toString());
    }

    /** Numbers no int holds, where a README gives counts and minutes: not read as numbers, and no crash. */
    @Test
    void oversizedNumbersInAReadmeAreNotACrash() {
        writeSeries();
        write(root, "s/README.md", """
                # S

                ## Batch Learning Route (99999999999 batches)

                - Batch 1: `01`

                ## Chapters

                - [01_a](01_a.md) - Must-read - 99999999999 min

                ## Estimated Time per Chapter

                - Must-read chapters: 99999999999-99999999999 min each
                """);
        write(root, "s/01_a.md", "---\ntype: knowledge\n---\n# A\n");
        List<Finding> findings = run().findings();
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().startsWith("parse.")), full(findings).toString());
    }

    /** Series files read before the workers start (README, rubric, dictionary, matrix) are hostile too. */
    @Test
    void pathologicalSeriesFilesEndInBoundedTime() {
        writeSeries();
        String deep = ">".repeat(50_000) + " deep\n" + "[".repeat(50_000) + "\n";
        write(root, "s/README.md", "# S\n\n" + deep);
        write(root, "s/coverage_matrix.md", "# Matrix\n\n" + deep);
        write(root, "t/README.md", "# T\n");
        write(root, "t/quality_rubric.md", RUBRIC + deep);
        write(root, "t/01_a.md", "---\ntype: knowledge\n---\n# A\n");
        write(root, RunRequest.DEFAULT_DICTIONARY, io.github.backendnotes.TestVaults.DICTIONARY + deep);
        write(root, "s/01_a.md", "---\ntype: knowledge\n---\n# A\n");
        List<Finding> findings = run().findings();
        assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("parse.internal-error")), full(findings).toString());
    }

    @Test
    void fileAboveTheSizeLimitIsSkippedWithAWarning() {
        writeSeries();
        String defects = "---\ntype: note\ntitle: a\ntitle: b\n---\n# Big\n\n[broken](nowhere.md)\n\n```\nx\n```\n";
        write(root, "s/01_big.md", defects + "padding ".repeat(300));
        write(root, "notes/big.md", "\u0000".repeat(2000));
        write(root, "s/02_small.md", "---\ntype: note\n---\n# Small\n");
        RunResult result = run(request(root).withMaxFileSize(1024));
        assertEquals(List.of("s/01_big.md:0:0: warning [parse.too-large] file is 2.4 KB, above the limit of 1.0 KB"
                        + " (backend-notes.maxFileSize); it is not checked"),
                full(about(result.findings(), "s/01_big.md")));
        assertEquals(Severity.WARNING, about(result.findings(), "notes/big.md").get(0).severity());
        assertEquals(List.of("notes/big.md:0:0 parse.too-large"), brief(about(result.findings(), "notes/big.md")));
        // a file within the limit is still checked
        assertEquals(List.of("s/02_small.md:2:7 frontmatter.fixed-value"), brief(about(result.findings(), "s/02_small.md")));
    }

    /**
     * The configuration and the baseline at the root are vault files too, as hostile as any note: the configuration's
     * problems are findings, a baseline that cannot be read stops the run with its path (never a crash or a hang).
     */
    @Test
    void hostileConfigurationIsAFindingAndHostileBaselineStopsTheRun() throws java.io.IOException {
        write(root, "notes/ok.md", "# Ok\n");
        write(root, RunRequest.DEFAULT_CONFIG, billionLaughs().replace("---\n", "").replace("# Laughs\n", ""));
        assertEquals(List.of(".backend-notes.yml:1:1 config.syntax"), brief(run().findings()));
        write(root, RunRequest.DEFAULT_BASELINE, "{\"findings\": " + "[".repeat(20_000) + "]".repeat(20_000) + "}");
        assertUnusableBaseline();

        writeBytes(root, RunRequest.DEFAULT_CONFIG, bytes("excludes: [\"a\"]\n", new byte[] {(byte) 0xC0}));
        write(root, RunRequest.DEFAULT_BASELINE, "x".repeat(2 * 1024 * 1024));
        assertUnusableBaseline();
        java.nio.file.Files.delete(root.resolve(RunRequest.DEFAULT_BASELINE));
        assertEquals(List.of(".backend-notes.yml:1:1 config.syntax"), brief(run().findings()));
    }

    private void assertUnusableBaseline() {
        io.github.backendnotes.run.UnusableInput stop = assertThrows(io.github.backendnotes.run.UnusableInput.class,
                () -> new Engine().run(request(root)));
        assertTrue(stop.getMessage().contains(RunRequest.DEFAULT_BASELINE + " cannot be used"), stop.getMessage());
    }

    // ---- 6. Nothing lost -------------------------------------------------------------------------------------------

    @Test
    void goodFilesFindTheSameWithHostileFilesBeside() {
        writeSeries();
        write(root, "s/01_a.md", "---\ntype: knowledge\n---\n# A\n\nSee [b](02_b.md) and [gone](gone.md).\n");
        write(root, "s/02_b.md", "---\ntype: note\ntype: again\n---\n# B\n\n```\nx\n```\n");
        write(root, "notes/loose.md", "---\ntitle: t\ntitle: u\n---\n# Loose\n\n[[nowhere]]\n");
        List<Finding> before = run().findings();
        assertFalse(before.isEmpty());

        writeHostileFiles(root, "hostile");
        List<Finding> after = run().findings();
        assertEquals(full(before), full(after.stream().filter(f -> !f.file().startsWith("hostile/")).toList()));
        assertTrue(after.stream().anyMatch(f -> f.file().startsWith("hostile/")));
        assertTrue(after.stream().noneMatch(f -> f.ruleId().equals("parse.internal-error")), full(after).toString());
    }

    /** One of every hostile file of this class under {@code folder}. */
    static void writeHostileFiles(Path root, String folder) {
        write(root, folder + "/bomb.md", billionLaughs());
        write(root, folder + "/laughs.md", quadraticLaughs());
        write(root, folder + "/deep_yaml.md", "---\ndeep: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n---\n");
        write(root, folder + "/big_scalar.md", "---\ntitle: \"" + "x".repeat(2 * 1024 * 1024) + "\"\n---\n");
        write(root, folder + "/duplicate.md", "---\ntitle: a\ntitle: b\n---\n");
        write(root, folder + "/tabs.md", "---\na:\n\tb: c\n---\n");
        write(root, folder + "/list.md", "---\n- a\n---\n");
        write(root, folder + "/scalar.md", "---\nhello\n---\n");
        write(root, folder + "/unclosed.md", "---\ntitle: a\n");
        writeBytes(root, folder + "/latin1.md", "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        writeBytes(root, folder + "/nul.md", new byte[] {'#', ' ', 0, 'x'});
        write(root, folder + "/empty.md", "");
        write(root, folder + "/quotes.md", ">".repeat(50_000) + "\n");
        write(root, folder + "/brackets.md", "[".repeat(50_000) + "\n");
        write(root, folder + "/line.md", "word ".repeat(1024 * 1024) + "\n");
        write(root, folder + "/escape.md", "[a](../../../etc/passwd) [b](file:///etc/passwd) [[../../../x]] ![c](/../y.png)\n");
        write(root, folder + "/01_not_a_chapter.md", "---\ntype: x\n---\n");
    }

    // ---- 7. A rule that throws -------------------------------------------------------------------------------------

    /** Fails on one note only. */
    static final class ThrowingRule extends NoteRule {
        private final String victim;
        private final RuntimeException failure;

        ThrowingRule(String victim, RuntimeException failure) {
            super("structure.throws-for-test", Severity.ERROR, "Throws on one note, for the test.");
            this.victim = victim;
            this.failure = failure;
        }

        @Override
        public void check(Note note, NoteContext context, Findings out) {
            if (note.path().equals(victim)) {
                throw failure;
            }
        }
    }

    /** Overflows the stack on one note, as a rule recursing through a pathological tree would. */
    static final class OverflowingRule extends NoteRule {
        OverflowingRule() {
            super("structure.overflows-for-test", Severity.ERROR, "Overflows on one note, for the test.");
        }

        @Override
        public void check(Note note, NoteContext context, Findings out) {
            if (note.path().equals("s/02_b.md")) {
                throw new StackOverflowError();
            }
        }
    }

    private void writeRuleVault() {
        writeSeries();
        write(root, "s/01_a.md", "---\ntype: note\n---\n# A\n\n[gone](gone.md) [b](02_b.md)\n");
        write(root, "s/02_b.md", "---\ntype: note\n---\n# B\n\n[gone](gone.md) [a](01_a.md#a)\n");
        write(root, "s/03_c.md", "---\ntype: note\n---\n# C\n");
        write(root, "notes/loose.md", "---\ntitle: a\ntitle: b\n---\n# Loose\n");
    }

    private RunResult runWith(NoteRule extra) throws IOException {
        List<NoteRule> rules = new ArrayList<>();
        rules.add(extra); // first: a rule that throws stops the other rules on that note, not on the others
        rules.addAll(RuleCatalog.noteRules());
        Engine engine = new Engine(rules, RuleCatalog.vaultRules(), SeverityPolicy.DEFAULTS, MapVault.MAX_READ_AHEAD_BYTES);
        return assertTimeoutPreemptively(BOUND, () -> engine.run(request(root)));
    }

    @Test
    void aRuleThatThrowsIsAnInternalErrorOnThatNoteOnly() throws IOException {
        writeRuleVault();
        List<Finding> expected = run().findings();
        RunResult result = runWith(new ThrowingRule("s/02_b.md", new IllegalStateException("boom on b")));
        assertEquals(List.of("s/02_b.md:0:0: error [parse.internal-error] the plugin failed on this note"
                        + " (java.lang.IllegalStateException: boom on b); please report it with the note"),
                full(about(result.findings(), "s/02_b.md").stream().filter(f -> !isVaultRule(f)).toList()));
        assertEquals(full(expected.stream().filter(f -> !f.file().equals("s/02_b.md")).toList()),
                full(result.findings().stream().filter(f -> !f.file().equals("s/02_b.md")).toList()));
        // the vault rules still see the note: its links are checked and links to it resolve
        assertEquals(full(expected.stream().filter(f -> f.file().equals("s/02_b.md") && isVaultRule(f)).toList()),
                full(about(result.findings(), "s/02_b.md").stream().filter(HostileInputTest::isVaultRule).toList()));
        assertTrue(about(result.findings(), "s/02_b.md").stream().anyMatch(f -> f.ruleId().equals("links.broken")));
    }

    @Test
    void aRuleThatOverflowsTheStackIsTooComplexOnThatNoteOnly() throws IOException {
        writeRuleVault();
        List<Finding> expected = run().findings();
        RunResult result = runWith(new OverflowingRule());
        assertEquals(List.of("s/02_b.md:0:0: error [parse.too-complex] the note nests too deeply to be checked;"
                        + " it is checked only in part"),
                full(about(result.findings(), "s/02_b.md").stream().filter(f -> !isVaultRule(f)).toList()));
        assertEquals(full(expected.stream().filter(f -> !f.file().equals("s/02_b.md")).toList()),
                full(result.findings().stream().filter(f -> !f.file().equals("s/02_b.md")).toList()));
    }

    private static boolean isVaultRule(Finding finding) {
        return RuleCatalog.vaultRules().stream().anyMatch(rule -> rule.id().equals(finding.ruleId()));
    }

    // ---- fixtures --------------------------------------------------------------------------------------------------

    private void writeSeries() {
        write(root, "s/README.md", "# S\n");
        write(root, "s/quality_rubric.md", RUBRIC);
    }

    private static List<String> brief(List<Finding> findings) {
        return io.github.backendnotes.TestVaults.brief(findings);
    }
}
