package io.github.backendnotes.parse;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BlocksTest {

    @Test
    void firstWordOfAnInfoString() {
        assertEquals("rust", Blocks.firstWord("rust"));
        assertEquals("rust,ignore", Blocks.firstWord("rust,ignore title=\"x\""));
        assertEquals("go", Blocks.firstWord("go\tfile=main.go"));
        assertEquals("", Blocks.firstWord(""));
    }

    @Test
    void firstWordReadsAsTheSplitItReplaced() {
        String[] pieces = {"a", "rust", " ", "\t", "\u000B", "\f", "\u00A0", "中", "{", "}", "=", "\u2003"};
        Random random = new Random(7);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder info = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                info.append(pieces[random.nextInt(pieces.length)]);
            }
            String trimmed = info.toString().trim();
            String expected = trimmed.isEmpty() ? "" : trimmed.split("\\s+", 2)[0];
            assertEquals(expected, Blocks.firstWord(trimmed), () -> "on '" + trimmed + "'");
        }
    }
}
