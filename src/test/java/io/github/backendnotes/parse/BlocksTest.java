package io.github.backendnotes.parse;

import io.github.backendnotes.RandomTexts;
import org.junit.jupiter.api.Test;


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
        for (String info : RandomTexts.of(7, 20_000, 8, pieces)) {
            String trimmed = info.trim();
            String expected = trimmed.isEmpty() ? "" : trimmed.split("\\s+", 2)[0];
            assertEquals(expected, Blocks.firstWord(trimmed), () -> "on '" + trimmed + "'");
        }
    }
}
