package io.github.backendnotes.engine;

import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.run.RunResult;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;

import static io.github.backendnotes.TestVaults.DICTIONARY;
import static io.github.backendnotes.TestVaults.about;
import static io.github.backendnotes.TestVaults.brief;
import static io.github.backendnotes.TestVaults.fifo;
import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.removePermissions;
import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.symlink;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hostile tree: symbolic links (loops, targets outside the root, aliases of notes), unreadable files, named
 * pipes, unusual names, and links that try to leave the root. Nothing outside the notes root is ever read.
 */
class HostileFileSystemTest {

    private static final Duration BOUND = Duration.ofSeconds(20);

    /** Holds the notes root and, beside it, the files a hostile tree points at. */
    @TempDir
    Path base;

    Path root;
    Path outside;

    @BeforeEach
    void trees() throws IOException {
        root = Files.createDirectories(base.resolve("vault"));
        outside = Files.createDirectories(base.resolve("outside"));
        // read, each of these would add findings: a duplicate key, a chapter-like name, a dictionary
        write(outside, "secret.md", "---\ntitle: a\ntitle: b\n---\n# Secret\n");
        write(outside, "sentinel.md", "---\ntitle: a\ntitle: b\n---\n# Sentinel\n");
        write(outside, "dict.md", DICTIONARY);
        write(root, "notes/real.md", "---\ntitle: a\ntitle: b\n---\n# Real\n");
    }

    private RunResult run() {
        return run(request(root));
    }

    private RunResult run(RunRequest request) {
        RunResult result = assertTimeoutPreemptively(BOUND, () -> new Engine().run(request));
        for (Finding finding : result.findings()) {
            // no finding is about, or names, a file outside the root
            assertFalse(finding.file().startsWith("..") || finding.file().startsWith("/"), finding.toConsoleLine());
            assertFalse(finding.file().contains("secret") || finding.message().contains("secret"), finding.toConsoleLine());
            assertFalse(finding.message().contains(base.toString()), finding.toConsoleLine());
        }
        return result;
    }

    private static final String REAL = "notes/real.md:3:1: error [frontmatter.duplicate-key] key 'title' appears more"
            + " than once; the first value is used";

    // ---- symbolic links --------------------------------------------------------------------------------------------

    @Test
    void symlinkLoopsAreReportedNotFollowed() {
        symlink(root.resolve("notes/loop"), Path.of("."));
        symlink(root.resolve("notes/up"), Path.of(".."));
        symlink(root.resolve("notes/absolute_loop"), root.resolve("notes"));
        symlink(root.resolve("notes/self"), Path.of("self"));
        symlink(root.resolve("notes/a"), Path.of("b"));
        symlink(root.resolve("notes/b"), Path.of("a"));
        RunResult result = run();
        assertEquals(List.of(
                "notes/a:0:0: warning [parse.symlink] symbolic link to 'notes/b' is not followed",
                "notes/absolute_loop:0:0: warning [parse.symlink] symbolic link to 'notes' is not followed",
                "notes/b:0:0: warning [parse.symlink] symbolic link to 'notes/a' is not followed",
                "notes/loop:0:0: warning [parse.symlink] symbolic link to 'notes' is not followed",
                REAL,
                "notes/self:0:0: warning [parse.symlink] symbolic link to 'notes/self' is not followed",
                "notes/up:0:0: warning [parse.symlink] symbolic link to the notes root itself is not followed"),
                full(result.findings()));
        assertEquals(1, result.files());
    }

    @Test
    void symlinkToAFolderOutsideIsNotFollowedNorNamed() {
        symlink(root.resolve("notes/ext"), Path.of("../../outside"));
        symlink(root.resolve("notes/ext_abs"), outside);
        symlink(root.resolve("notes/hidden_link.md"), outside.resolve("secret.md"));
        symlink(root.resolve("notes/dangling.md"), base.resolve("nowhere/none.md"));
        RunResult result = run();
        String outsideMessage = "warning [parse.symlink] symbolic link to a path outside the notes root is not followed";
        assertEquals(List.of(
                "notes/dangling.md:0:0: " + outsideMessage,
                "notes/ext:0:0: " + outsideMessage,
                "notes/ext_abs:0:0: " + outsideMessage,
                "notes/hidden_link.md:0:0: " + outsideMessage,
                REAL),
                full(result.findings()));
        assertEquals(1, result.files());
    }

    @Test
    void symlinkToANoteInsideIsReportedAndTheNoteReadOnce() {
        symlink(root.resolve("notes/alias.md"), Path.of("real.md"));
        symlink(root.resolve("other/alias2.md"), root.resolve("notes/real.md"));
        symlink(root.resolve("other/notes_dir"), Path.of("../notes"));
        RunResult result = run();
        assertEquals(List.of(
                "notes/alias.md:0:0: warning [parse.symlink] symbolic link to 'notes/real.md' is not followed",
                REAL,
                "other/alias2.md:0:0: warning [parse.symlink] symbolic link to 'notes/real.md' is not followed",
                "other/notes_dir:0:0: warning [parse.symlink] symbolic link to 'notes' is not followed"),
                full(result.findings()));
        assertEquals(1, result.files());
        assertEquals(Severity.WARNING, result.findings().get(0).severity());
    }

    /**
     * The files read before the walk's notes (the dictionary, the configuration, the baseline) are not read through
     * a symbolic link either: here each points outside the root and would change the findings if it were read.
     */
    @Test
    void symlinkedDictionaryConfigurationAndBaselineAreNotRead() throws IOException {
        write(root, "notes/plain.md", "# Plain\n");
        write(outside, "config.yml", "rules:\n  frontmatter.duplicate-key: off\n");
        Baseline.of(List.of(new Finding("frontmatter.duplicate-key", Severity.ERROR, "notes/real.md", 4, 1,
                "key 'title' appears more than once; the first value is used", null))).write(outside.resolve("baseline.json"));
        // a dictionary named outside the root is the build's own choice, read deliberately
        RunResult control = assertTimeoutPreemptively(BOUND,
                () -> new Engine().run(request(root).withDictionary("../outside/dict.md")));
        assertTrue(about(control.findings(), "notes/plain.md").stream()
                .anyMatch(f -> f.ruleId().startsWith("frontmatter.")), "the dictionary, read, finds defects in plain.md");

        symlink(root.resolve(RunRequest.DEFAULT_DICTIONARY), outside.resolve("dict.md"));
        symlink(root.resolve(RunRequest.DEFAULT_CONFIG), Path.of("../outside/config.yml"));
        symlink(root.resolve(RunRequest.DEFAULT_BASELINE), outside.resolve("baseline.json"));
        RunResult result = run();
        assertNull(result.dictionary());
        String outsideMessage = "warning [parse.symlink] symbolic link to a path outside the notes root is not followed";
        assertEquals(List.of(
                ".backend-notes.yml:0:0: " + outsideMessage,
                "Property Dictionary.md:0:0: " + outsideMessage,
                "backend-notes-baseline.json:0:0: " + outsideMessage,
                REAL), full(result.findings()));
    }

    /** A named file inside the root is not read through a linked folder on its way either. */
    @Test
    void namedFilesAreNotReadThroughALinkedFolder() {
        symlink(root.resolve("linked"), Path.of("../outside"));
        assertThrows(io.github.backendnotes.run.UnusableInput.class,
                () -> new Engine().run(request(root).withConfig("linked/config.yml")));
        RunResult result = run(request(root).withDictionary("linked/dict.md"));
        assertNull(result.dictionary());
        assertEquals(List.of(
                "linked:0:0 parse.symlink",
                "linked/dict.md:0:0 config.dictionary-missing",
                "notes/real.md:3:1 frontmatter.duplicate-key"), brief(result.findings()));
    }

    @Test
    void unreadableFileAndFolderAreReported() throws IOException {
        Path file = write(root, "notes/locked.md", "# Locked\n");
        Path folder = Files.createDirectories(root.resolve("closed"));
        write(root, "closed/inner.md", "# Inner\n");
        try {
            removePermissions(file);
            removePermissions(folder);
            RunResult result = run();
            assertEquals(List.of("closed:0:0 parse.unreadable", "notes/locked.md:0:0 parse.unreadable", "notes/real.md:3:1 frontmatter.duplicate-key"),
                    brief(result.findings()));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    /** A named pipe blocks whoever opens it to read until a writer comes: one read would hang the run. */
    @Test
    void namedPipesAreNeverOpened() throws IOException {
        Files.createDirectories(root.resolve(".obsidian"));
        fifo(root.resolve("notes/pipe.md"));
        fifo(root.resolve(RunRequest.DEFAULT_DICTIONARY));
        fifo(root.resolve(RunRequest.DEFAULT_CONFIG));
        fifo(root.resolve("s/quality_rubric.md"));
        write(root, "s/README.md", "# S\n");
        Path pipe = fifo(outside.resolve("pipe.md"));
        symlink(root.resolve("notes/to_pipe.md"), pipe);
        write(root, "notes/links.md", "[pipe](../../outside/pipe.md) [[../../outside/pipe]] [in](pipe.md)\n");
        RunResult result = run();
        assertEquals(List.of(
                "notes/links.md:1:1 links.outside-root",
                "notes/links.md:1:31 links.outside-root",
                "notes/links.md:1:54 links.broken", // a pipe is no file a link can reach
                "notes/real.md:3:1 frontmatter.duplicate-key",
                "notes/to_pipe.md:0:0 parse.symlink"),
                brief(result.findings().stream().filter(f -> !f.ruleId().equals("links.orphan")).toList()));
    }

    // ---- names -----------------------------------------------------------------------------------------------------

    @Test
    void namesWithSpacesAndNonAsciiLettersAreFoundAndLinkable() {
        write(root, "notes/my note.md", "---\ntitle: a\ntitle: b\n---\n# Mine\n\n## Part two\n");
        write(root, "notes/café.md", "# Café\n");
        write(root, "notes/日本 語.md", "# 日本語\n");
        write(root, "notes/sub folder/ünïcode file.md", "# Deep\n");
        write(root, "notes/index.md", String.join("\n",
                "[a](my%20note.md) [b](<my note.md>) [c](my%20note.md#part-two)",
                "[d](caf%C3%A9.md) [e](café.md) [f](<café.md>)",
                "[g](%E6%97%A5%E6%9C%AC%20%E8%AA%9E.md) [h](<日本 語.md>) [i](日本%20語.md)",
                "[j](sub%20folder/%C3%BCn%C3%AFcode%20file.md) [k](<sub folder/ünïcode file.md>)",
                "[[my note]] [[café]] [[日本 語]] [[ünïcode file]] [[sub folder/ünïcode file]] [[my note#Part two]]",
                "[broken](my%20nope.md)", ""));
        RunResult result = run();
        assertEquals(6, result.files());
        assertEquals(List.of(
                "notes/index.md:6:1: error [links.broken] link 'my%20nope.md' does not exist (resolved to 'notes/my nope.md');"
                        + " did you mean 'notes/my note.md'?",
                "notes/my note.md:3:1: error [frontmatter.duplicate-key] key 'title' appears more than once; the first value is used",
                REAL), full(result.findings().stream().filter(f -> !f.ruleId().equals("links.orphan")).toList()));
        assertTrue(result.findings().stream().filter(f -> f.ruleId().equals("links.orphan"))
                .noneMatch(f -> f.file().contains(" ") || f.file().contains("é")), full(result.findings()).toString());
    }

    // ---- links leaving the root ------------------------------------------------------------------------------------

    /**
     * Links out of the root, spelled every way: each is {@code links.outside-root} (or {@code links.broken} when the
     * path resolves inside the root), none is resolved, and the sentinel beside the root is never read.
     */
    @Test
    void linksLeavingTheRootAreReportedAndNeverFollowed() throws IOException {
        // an Obsidian vault, where wiki links are links
        Files.createDirectories(root.resolve(".obsidian"));
        Path pipe = fifo(outside.resolve("sentinel_pipe.md"));
        write(root, "notes/b.md", "# B\n");
        write(root, "notes/a.md", String.join("\n",
                "[up](../../outside/sentinel.md)",
                "[passwd](../../../etc/passwd)",
                "[rooted](/../outside/sentinel.md)",
                "[file](file:///etc/passwd)",
                "[FILE](FILE:../outside/sentinel.md)",
                "[[../../outside/sentinel]]",
                "![img](../../outside/sentinel.md)",
                "[encoded](%2E%2E/%2E%2E/outside/sentinel.md)",
                "[pipe](../../outside/sentinel_pipe.md)",
                "[abs](/notes/b.md)",
                "[abs missing](/sentinel.md)",
                "[abs etc](/etc/passwd)",
                "[deep](notes/../../../outside/sentinel.md#x)",
                "[[../../outside/sentinel_pipe.md]]",
                ""));
        RunResult result = run();
        List<Finding> links = about(result.findings(), "notes/a.md");
        String outsideRule = "error [links.outside-root]";
        assertEquals(List.of(
                "notes/a.md:1:1: " + outsideRule + " link '../../outside/sentinel.md' leads outside the notes root; it is not followed",
                "notes/a.md:2:1: " + outsideRule + " link '../../../etc/passwd' leads outside the notes root; it is not followed",
                "notes/a.md:3:1: " + outsideRule + " link '/../outside/sentinel.md' leads outside the notes root; it is not followed",
                "notes/a.md:4:1: " + outsideRule + " link 'file:///etc/passwd' leads outside the notes root; it is not followed",
                "notes/a.md:5:1: " + outsideRule + " link 'FILE:../outside/sentinel.md' leads outside the notes root; it is not followed",
                "notes/a.md:6:1: " + outsideRule + " link [[../../outside/sentinel]] leads outside the notes root; it is not followed",
                "notes/a.md:7:1: " + outsideRule + " link '../../outside/sentinel.md' leads outside the notes root; it is not followed",
                "notes/a.md:8:1: " + outsideRule + " link '%2E%2E/%2E%2E/outside/sentinel.md' leads outside the notes root; it is not followed",
                "notes/a.md:9:1: " + outsideRule + " link '../../outside/sentinel_pipe.md' leads outside the notes root; it is not followed",
                "notes/a.md:11:1: error [links.broken] link '/sentinel.md' does not exist: tried 'sentinel.md' (from the vault"
                        + " root) and the name 'sentinel' anywhere in the vault",
                "notes/a.md:12:1: error [links.broken] link '/etc/passwd' does not exist: tried 'etc/passwd.md' (from the vault"
                        + " root) and the name 'passwd' anywhere in the vault",
                "notes/a.md:13:1: " + outsideRule + " link 'notes/../../../outside/sentinel.md#x' leads outside the notes root; it is not followed",
                "notes/a.md:14:1: " + outsideRule + " link [[../../outside/sentinel_pipe.md]] leads outside the notes root; it is not followed"),
                full(links.stream().filter(f -> !f.ruleId().equals("links.orphan")).toList()));
        // the sentinel's duplicate key would be reported had it been read; the pipe would have hung the run
        assertTrue(result.findings().stream().noneMatch(f -> f.message().contains("resolved to '..")));
        assertTrue(Files.exists(pipe));
        assertEquals(3, result.files());
    }

    /** Inside the root, a sentinel of the same name is what a root-relative link reaches, never the one outside. */
    @Test
    void rootRelativeLinksReachTheRootNotTheFileSystemRoot() {
        write(root, "sentinel.md", "# Inside\n");
        write(root, "notes/a.md", "[abs](/sentinel.md) [rel](../sentinel.md) [[/sentinel]]\n");
        RunResult result = run();
        assertEquals(List.of(), brief(about(result.findings(), "notes/a.md")));
    }
}
