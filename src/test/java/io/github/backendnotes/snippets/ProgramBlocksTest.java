package io.github.backendnotes.snippets;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.parse.NoteParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ProgramBlocksTest {

    @TempDir
    Path work;

    private static final String NOTE = """
            # Note

            ```rust
            fn main() {
                println!("a");
            }
            ```

            ```rust
            let fragment = 1;
            ```

            ```go
            package main

            func main() {}
            ```
            """;

    @Test
    void anUnchangedNoteIsNotParsedAgain() {
        AtomicInteger parses = new AtomicInteger();
        Supplier<Note> parse = () -> {
            parses.incrementAndGet();
            return new NoteParser().parse("a.md", NOTE);
        };
        byte[] content = NOTE.getBytes(StandardCharsets.UTF_8);
        List<Block.CodeBlock> first = new ProgramBlocks(work).of("a.md", content, parse);
        List<Block.CodeBlock> again = new ProgramBlocks(work).of("a.md", content, parse);
        assertEquals(1, parses.get());
        assertEquals(first, again);
        assertEquals(List.of(3, 13), again.stream().map(Block.CodeBlock::line).toList());
        new ProgramBlocks(work).of("a.md", (NOTE + "\n").getBytes(StandardCharsets.UTF_8), parse);
        assertEquals(2, parses.get());
    }
}
