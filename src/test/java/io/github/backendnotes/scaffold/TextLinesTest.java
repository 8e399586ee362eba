package io.github.backendnotes.scaffold;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Edits at numbered lines leave every other byte as it was. */
class TextLinesTest {

    private static String edited(String text, java.util.function.Consumer<TextLines> edits) {
        TextLines lines = new TextLines(text.getBytes(StandardCharsets.UTF_8));
        edits.accept(lines);
        return new String(lines.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void linesAddedAfterOneLineKeepTheirOrderAndItsEnding() {
        assertEquals("a\r\nb\r\nx\r\ny\r\nc\r\n", edited("a\r\nb\r\nc\r\n", t -> {
            t.insertAfter(2, "x");
            t.insertAfter(2, "y");
        }));
    }

    @Test
    void aLastLineWithoutEndingGetsOneOnlyWhenALineFollowsIt() {
        assertEquals("a\nb\nz", edited("a\nb", t -> t.insertAfter(2, "z")));
        assertEquals("a\nB", edited("a\nb", t -> t.replace(2, "B")));
        assertEquals("z\na\n", edited("a\n", t -> t.insertAfter(0, "z")));
    }

    @Test
    void withoutEditsNothingChanges() {
        TextLines lines = new TextLines("a\n\n\tb \r\n".getBytes(StandardCharsets.UTF_8));
        assertFalse(lines.changed());
        assertEquals("a\n\n\tb \r\n", new String(lines.bytes(), StandardCharsets.UTF_8));
        assertEquals("\tb ", lines.line(3));
    }
}
