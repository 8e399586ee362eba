package io.github.backendnotes.engine.cache;

import io.github.backendnotes.parse.NoteParser;

import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Suppressions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteCacheTest {

    @TempDir
    Path dir;

    private static NoteSummary sample(String path) {
        String longHeading = "x".repeat(70_000); // longer than DataOutput.writeUTF allows
        return new NoteSummary(path, Set.of("intro", "概要", longHeading), List.of("Intro", "概要"),
                List.of(new Link(Link.Kind.MARKDOWN, "b.md#intro", "B", 3, 5),
                        new Link(Link.Kind.IMAGE, "img/a.png", "", 4, 1),
                        new Link(Link.Kind.WIKI, "Other Note", null, 7, 9)),
                new Suppressions(Set.of("links"), List.of(
                        new Suppressions.Directive(Suppressions.Kind.NEXT_LINE, Set.of("links.broken"), 2),
                        new Suppressions.Directive(Suppressions.Kind.DISABLE, Set.of(), 10))),
                Map.of("title", "A", "category", "guide"));
    }

    private Path saved(NoteSummary... notes) {
        Path file = dir.resolve("out/note-cache.bin");
        NoteCache cache = NoteCache.open(file, false, Runnable::run);
        for (NoteSummary note : notes) {
            cache.record(note.path(), "hash-of-" + note.path(), note, null);
        }
        cache.save();
        return file;
    }

    @Test
    void anEntryIsReusedWhileItsContentHashMatches() {
        NoteSummary a = sample("a.md");
        Path file = saved(a, sample("sub/b.md"));
        NoteCache reopened = NoteCache.open(file, true, Runnable::run);
        assertEquals(a, reopened.reuse("a.md", "hash-of-a.md"));
        assertNull(reopened.reuse("sub/b.md", "another hash"));
        assertNull(reopened.reuse("c.md", "hash-of-c.md"));
    }

    @Test
    void entriesAreOnlyReadWhenTheRunReusesThem() {
        Path file = saved(sample("a.md"));
        assertNull(NoteCache.open(file, false, Runnable::run).reuse("a.md", "hash-of-a.md"));
    }

    @Test
    void theNextFileHoldsWhatThisRunRecordedAndNothingElse() {
        Path file = saved(sample("a.md"), sample("gone.md"));
        NoteCache second = NoteCache.open(file, true, Runnable::run);
        NoteSummary reused = second.reuse("a.md", "hash-of-a.md");
        second.record("a.md", "hash-of-a.md", reused, null);
        second.save();
        NoteCache third = NoteCache.open(file, true, Runnable::run);
        assertEquals(sample("a.md"), third.reuse("a.md", "hash-of-a.md"));
        assertNull(third.reuse("gone.md", "hash-of-gone.md"));
    }

    @Test
    void aDamagedTruncatedOrForeignFileIsIgnored() throws IOException {
        Path file = saved(sample("a.md"));
        byte[] whole = Files.readAllBytes(file);
        List<byte[]> damaged = new ArrayList<>();
        damaged.add(java.util.Arrays.copyOf(whole, whole.length / 2));
        damaged.add(java.util.Arrays.copyOf(whole, whole.length + 1));
        damaged.add("not a cache at all".getBytes());
        damaged.add(new byte[0]);
        byte[] hugeCount = whole.clone();
        int countOffset = 4 + 4 + NoteCache.identity().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        hugeCount[countOffset] = 0x7f;
        damaged.add(hugeCount);
        byte[] badKind = whole.clone();
        int kindOffset = indexOf(whole, "b.md#intro".getBytes()) - 5;
        badKind[kindOffset] = 9;
        damaged.add(badKind);
        for (byte[] bytes : damaged) {
            Files.write(file, bytes);
            assertNull(NoteCache.open(file, true, Runnable::run).reuse("a.md", "hash-of-a.md"));
        }
        Files.delete(file);
        Files.createDirectories(file);
        assertNull(NoteCache.open(file, true, Runnable::run).reuse("a.md", "hash-of-a.md"));
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }

    @Test
    void theOldFileStaysUntilTheNewOneIsSavedAndADiscardedRunLeavesNothing() throws IOException {
        Path file = saved(sample("a.md"));
        NoteCache second = NoteCache.open(file, false, Runnable::run);
        second.record("b.md", "hash-of-b.md", sample("b.md"), null);
        assertEquals(sample("a.md"), NoteCache.open(file, true, Runnable::run).reuse("a.md", "hash-of-a.md"));
        second.discard();
        second.save();
        assertEquals(sample("a.md"), NoteCache.open(file, true, Runnable::run).reuse("a.md", "hash-of-a.md"));
        try (java.util.stream.Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void aCacheThatCannotBeWrittenIsNoError() throws IOException {
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        NoteCache cache = NoteCache.open(blocker.resolve("note-cache.bin"), false, Runnable::run);
        cache.record("a.md", "h", sample("a.md"), null);
        cache.save();
        assertTrue(Files.isRegularFile(blocker));
    }

    @Test
    void aWholeNoteNestedTooDeeplyToBeStoredKeepsItsIndexEntry() {
        StringBuilder markdown = new StringBuilder("# Deep\n\n");
        for (int level = 0; level < 100; level++) {
            markdown.append("  ".repeat(level)).append("- level ").append(level).append('\n');
        }
        Note deep = new io.github.backendnotes.parse.NoteParser().parse("deep/readme.md", markdown.toString());
        Path file = dir.resolve("out/note-cache.bin");
        NoteCache cache = NoteCache.open(file, false, Runnable::run);
        cache.record("deep/readme.md", "h", NoteSummary.of(deep), deep);
        cache.save();
        assertNull(NoteCache.open(file, true, Runnable::run).reuseParsed("deep/readme.md", "h"));
        assertEquals(NoteSummary.of(deep), NoteCache.open(file, true, Runnable::run).reuse("deep/readme.md", "h"));
    }

    @Test
    void anEntryStoredUnderAnotherNotesPathIsIgnored() {
        Path file = dir.resolve("out/note-cache.bin");
        NoteCache cache = NoteCache.open(file, false, Runnable::run);
        cache.record("b.md", "h", sample("a.md"), null);
        cache.save();
        assertNull(NoteCache.open(file, true, Runnable::run).reuse("b.md", "h"));
    }
}

