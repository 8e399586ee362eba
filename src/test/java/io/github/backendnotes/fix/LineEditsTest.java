package io.github.backendnotes.fix;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Line edits keep what they do not touch, and their diff is the one {@code diff -u} prints. */
class LineEditsTest {

    @Test
    void untouchedLinesKeepTheirTerminatorsAndALastLineWithoutOneStaysWithout() {
        LineEdits edits = new LineEdits("f.md", FileText.of("a\r\nb\nc"));
        edits.replace(2, "B", "b");
        edits.insertAfter(3, "d", "d");
        assertEquals("a\r\nB\nc\r\nd", edits.apply());
    }

    @Test
    void aLineIsReplacedOnceAndNotByItself() {
        LineEdits edits = new LineEdits("f.md", FileText.of("a\nb\n"));
        assertFalse(edits.replace(1, "a", "same"));
        assertEquals(true, edits.replace(1, "x", "first"));
        assertFalse(edits.replace(1, "y", "second"));
        assertFalse(edits.replace(3, "z", "past the end"));
        assertEquals("x\nb\n", edits.apply());
    }

    @Test
    void distantEditsMakeTwoHunks() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            text.append("l").append(i).append('\n');
        }
        LineEdits edits = new LineEdits("f.md", FileText.of(text.toString()));
        edits.replace(2, "L2", "x");
        edits.insertBefore(18, "new", "y");
        assertEquals(List.of("--- a/f.md", "+++ b/f.md", "@@ -1,5 +1,5 @@", " l1", "-l2", "+L2", " l3", " l4", " l5",
                "@@ -15,6 +15,7 @@", " l15", " l16", " l17", "+new", " l18", " l19", " l20"), UnifiedDiff.of(edits));
    }
}
