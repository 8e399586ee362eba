package io.github.backendnotes.engine;

import io.github.backendnotes.engine.read.NoteRead;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.parse.RubricParser;
import io.github.backendnotes.rules.RuleCatalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ReadAheadTest {

    @TempDir
    Path root;

    @Test
    void thePerFilePassTakesTheNotesReadAheadThenThoseKeptWholeThenTheRestInTheirOrder() throws IOException {
        List<String> walked = List.of("a/01_one.md", "a/quality_rubric.md", "a/02_two.md", "b/03_three.md",
                "b/quality_rubric.md", "b/04_four.md");
        for (String path : walked) {
            Files.createDirectories(root.resolve(path).getParent());
            Files.writeString(root.resolve(path), "# " + path + "\n");
        }
        try (Workers workers = new Workers(2)) {
            NoteReader reader = new NoteReader(new NoteParser(), root, 1 << 20, null);
            ReadAhead readAhead = new ReadAhead(reader,
                    new RubricParser(RuleCatalog.clauseForms(), RuleCatalog.valueForms()), 20, workers);
            for (String path : walked) {
                readAhead.found(path, Files.size(root.resolve(path)));
            }
            assertEquals(2, readAhead.rubrics().size());
            // a budget of 20 bytes takes the first note found (14 bytes) and no more
            assertEquals(List.of("a/01_one.md", "a/quality_rubric.md", "b/quality_rubric.md", "a/02_two.md",
                    "b/03_three.md", "b/04_four.md"), readAhead.order(walked));
            assertNotNull(readAhead.takeAhead("a/01_one.md"));
            assertNotNull(readAhead.takeEarly("b/quality_rubric.md"));
            assertNull(readAhead.takeEarly("b/quality_rubric.md"));
            assertNull(readAhead.takeAhead("a/02_two.md"));
        }
    }

    /** Each young collection copies what the run still holds: a rubric's note, once taken, is held no more. */
    @Test
    void aRubricsNoteIsLetGoOnceThePerFilePassHasTakenIt() throws Exception {
        Files.createDirectories(root.resolve("a"));
        Files.writeString(root.resolve("a/quality_rubric.md"), "# Rubric\n\n## Scope\n\n- `01_one.md`\n");
        try (Workers workers = new Workers(2)) {
            ReadAhead readAhead = new ReadAhead(new NoteReader(new NoteParser(), root, 1 << 20, null),
                    new RubricParser(RuleCatalog.clauseForms(), RuleCatalog.valueForms()), 0, workers);
            readAhead.found("a/quality_rubric.md", Files.size(root.resolve("a/quality_rubric.md")));
            assertEquals(1, readAhead.rubrics().size());
            NoteRead taken = readAhead.takeEarly("a/quality_rubric.md");
            WeakReference<Note> note = new WeakReference<>(taken.note());
            taken = null;
            for (int i = 0; i < 50 && note.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertNull(note.get(), "the read-ahead still holds the rubric's note");
            Reference.reachabilityFence(readAhead);
        }
    }
}
