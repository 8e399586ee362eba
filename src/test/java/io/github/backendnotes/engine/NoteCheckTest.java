package io.github.backendnotes.engine;

import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.parse.MatrixParser;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.parse.ReadmeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NoteCheckTest {

    private static final String NOTE = """
            # Programs

            ```rust
            fn main() {
                println!("1");
            }
            ```

            ```rust
            let fragment = 1;
            ```
            """;

    @TempDir
    Path root;

    /** The program stage takes a checked note's programs from the parse of the per-note pass, not from a second read. */
    @Test
    void keepsTheWholeProgramsOfACheckedNoteWhenTheRunCompilesThem() throws IOException {
        Files.writeString(root.resolve("a.md"), NOTE);
        NoteCheck.Outcome outcome = check(true, NoteContext.NONE);
        assertEquals(List.of(3), outcome.programs().stream().map(Block.CodeBlock::line).toList());
        assertEquals(List.of(), check(false, NoteContext.NONE).programs());
        // a note only indexed, not checked, has no programs to run
        assertEquals(List.of(), check(true, null).programs());
    }

    private NoteCheck.Outcome check(boolean keepPrograms, NoteContext context) {
        NoteReader reader = new NoteReader(new NoteParser(), root, 1 << 20, null);
        return new NoteCheck(List.of(), new ReadmeParser(), new MatrixParser(), reader, SeverityPolicy.DEFAULTS,
                keepPrograms).check("a.md", null, false, context, false);
    }
}
