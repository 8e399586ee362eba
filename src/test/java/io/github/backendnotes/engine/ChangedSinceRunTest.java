package io.github.backendnotes.engine;

import io.github.backendnotes.engine.cache.NoteCache;
import io.github.backendnotes.run.RunResult;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Suppressions;
import io.github.backendnotes.parse.NoteParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Runs with changedSince in a git work tree, with and without the note cache. */
class ChangedSinceRunTest {

    @TempDir
    Path dir;

    private void git(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@example.invalid"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.resolve("notes").toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    /** a.md links to an anchor of b.md; both are committed. */
    private Path committedVault() throws Exception {
        Path notes = dir.resolve("notes");
        write(notes, "a.md", "# A\n\nSee [b](b.md#intro) and [c](c.md).\n");
        write(notes, "b.md", "# B\n\n## Intro\n\nText.\n");
        write(notes, "c.md", "# C\n");
        git("init", "-q");
        git("add", ".");
        git("commit", "-q", "-m", "notes");
        return notes;
    }

    /** The committed vault and series "guide": its rubric's Scope lists 01 of its chapters 01 and 02. */
    private Path committedSeries() throws Exception {
        Path notes = committedVault();
        write(notes, "guide/quality_rubric.md", "# Rubric\n\n## Scope\n\n- `01_start.md`\n");
        write(notes, "guide/readme.md", "# Guide\n");
        write(notes, "guide/01_start.md", "# Start\n");
        write(notes, "guide/02_other.md", "# Other\n");
        git("add", ".");
        git("commit", "-q", "-m", "a series");
        return notes;
    }

    private static List<String> brief(List<Finding> findings) {
        return findings.stream().map(f -> f.ruleId() + " " + f.file() + ":" + f.line() + " " + f.message()).toList();
    }

    @Test
    void everyRunWritesTheIndexOfEveryNote() throws Exception {
        Path notes = committedVault();
        Path cacheFile = dir.resolve("target/note-cache.bin");
        verify(request(notes).withNoteCache(cacheFile));
        NoteCache cache = NoteCache.open(cacheFile, true, Runnable::run);
        for (String path : List.of("a.md", "b.md", "c.md")) {
            String hash = NoteCache.contentHash(Files.readAllBytes(notes.resolve(path)));
            NoteSummary reused = cache.reuse(path, hash);
            assertEquals(path, reused == null ? null : reused.path());
        }
    }

    @Test
    void withChangedSinceTheCacheChangesNoFinding() throws Exception {
        Path notes = committedVault();
        Path cacheFile = dir.resolve("target/note-cache.bin");
        verify(request(notes).withNoteCache(cacheFile));
        write(notes, "b.md", "# B\n\n## Renamed\n\nText.\n"); // a.md's link to #intro breaks
        RunRequest changed = request(notes).withChangedSince("HEAD");
        List<String> without = brief(verify(changed).findings());
        List<String> with = brief(verify(changed.withNoteCache(cacheFile)).findings());
        assertEquals(List.of("links.broken-anchor a.md:3 link 'b.md#intro': no heading '#intro' in 'b.md'"), without);
        assertEquals(without, with);
    }

    @Test
    void withChangedSinceAnUnchangedNoteIsTakenFromTheCacheNotParsed() throws Exception {
        Path notes = committedVault();
        Path cacheFile = dir.resolve("target/note-cache.bin");
        // an entry for a.md's exact content that differs from what parsing gives: only reuse can produce its link
        NoteCache planted = NoteCache.open(cacheFile, false, Runnable::run);
        planted.record("a.md", NoteCache.contentHash(Files.readAllBytes(notes.resolve("a.md"))),
                new NoteSummary("a.md", Set.of("a"), List.of(), List.of(new Link(Link.Kind.MARKDOWN, "b.md#planted", "b", 9, 1)),
                        Suppressions.NONE, Map.of()), null);
        planted.save();
        write(notes, "b.md", "# B\n\n## Intro\n\nMore text.\n");
        List<String> findings = brief(verify(request(notes).withChangedSince("HEAD").withNoteCache(cacheFile)).findings());
        assertEquals(List.of("links.broken-anchor a.md:9 link 'b.md#planted': no heading '#planted' in 'b.md'"), findings);
    }

    @Test
    void withChangedSinceNoCoverageIsComputedForChaptersThatWereNotChecked() throws Exception {
        Path notes = committedSeries();
        assertFalse(verify(request(notes).withCompliance()).compliance().isEmpty());
        write(notes, "c.md", "# C\n\nChanged.\n");
        assertTrue(verify(request(notes).withCompliance().withChangedSince("HEAD")).compliance().isEmpty());
    }

    @Test
    void coverageIsWorkedOutOnlyWhenRequested() throws Exception {
        Path notes = committedSeries();
        assertTrue(verify(request(notes)).compliance().isEmpty());
        assertFalse(verify(request(notes).withCompliance()).compliance().isEmpty());
    }

    @Test
    void withChangedSinceAnUnchangedRubricIsTakenWholeFromTheCache() throws Exception {
        Path notes = committedSeries();
        Path cacheFile = dir.resolve("target/note-cache.bin");
        // the parsed form of another rubric, stored for this rubric's exact content: only reuse can produce its Scope
        NoteCache planted = NoteCache.open(cacheFile, false, Runnable::run);
        byte[] rubric = Files.readAllBytes(notes.resolve("guide/quality_rubric.md"));
        Note other = new NoteParser().parse("guide/quality_rubric.md", "# Rubric\n\n## Scope\n\n- `02_other.md`\n");
        planted.record("guide/quality_rubric.md", NoteCache.contentHash(rubric), NoteSummary.of(other), other);
        planted.save();
        write(notes, "c.md", "# C\n\nChanged.\n");
        RunResult result = verify(request(notes).withChangedSince("HEAD").withNoteCache(cacheFile));
        assertEquals(List.of("guide/02_other.md"), result.series().get(0).chapters());
        assertEquals(List.of("guide/01_start.md"), verify(request(notes).withChangedSince("HEAD")).series().get(0).chapters());
    }

    @Test
    void theMessageOracleTellsAFileFromAnotherOfTheSameName() {
        String changed = "net/basics/02_dns.md";
        assertTrue(MessageNames.namesFile("the chapter list names '02_dns.md' twice", changed));
        assertTrue(MessageNames.namesFile("row 'DNS' is 'Pending' but 'basics/02_dns.md' exists", changed));
        assertTrue(MessageNames.namesFile("no heading '#x' in 'net/basics/02_dns.md'", changed));
        assertTrue(MessageNames.namesFile("link '../basics/02_dns.md#x' is broken", changed));
        assertFalse(MessageNames.namesFile("no heading '#x' in 'web/basics/02_dns.md'", changed));
        assertFalse(MessageNames.namesFile("link 'old_02_dns.md' does not exist", changed));
        assertTrue(MessageNames.namesFile("in 'web/basics/02_dns.md', not '02_dns.md'", changed));
        assertTrue(MessageNames.namesFile("清單列出「02_dns.md」", changed));
        assertFalse(MessageNames.namesFile("link '02_dns.mdx' does not exist", changed));
        String spaced = "my notes/basics/02_dns.md";
        assertTrue(MessageNames.namesFile("no heading '#x' in 'my notes/basics/02_dns.md'", spaced));
        assertFalse(MessageNames.namesFile("no heading '#x' in 'other notes/basics/x/02_dns.md'", spaced));
    }
}

