package io.github.backendnotes.snippets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExpectedOutputTest {

    @Test
    void trailingBlockAfterMainWithMarkersAndTrailingSpacesStripped() {
        ExpectedOutput expected = ExpectedOutput.of("""
                fn main() {
                    println!("a");
                }

                // Output:
                // a   
                //   indented
                //
                """).orElseThrow();
        assertEquals(ExpectedOutput.Mode.ORDERED, expected.mode());
        assertEquals(List.of("a", "  indented"), expected.lines());
        assertEquals(4, expected.marker());
    }

    @Test
    void blockInsideMainFollowedByClosingBraces() {
        ExpectedOutput expected = ExpectedOutput.of("""
                func main() {
                \tfmt.Println("x")
                \t// Output: x
                }
                """).orElseThrow();
        assertEquals(List.of("x"), expected.lines());
    }

    @Test
    void unorderedAndVaryingMarkers() {
        assertEquals(ExpectedOutput.Mode.UNORDERED, ExpectedOutput.of("// Unordered output:\n// b\n// a\n").orElseThrow().mode());
        assertEquals(ExpectedOutput.Mode.UNORDERED, ExpectedOutput.of("// Output (unordered):\n// b\n").orElseThrow().mode());
        assertEquals(ExpectedOutput.Mode.UNORDERED,
                ExpectedOutput.of("// Output (順序可能因 goroutine 排程而異):\n// b\n").orElseThrow().mode());
        assertEquals(ExpectedOutput.Mode.VARIES, ExpectedOutput.of("// Output (varies):\n// 12ms\n").orElseThrow().mode());
    }

    @Test
    void noBlockWhenCodeFollowsTheComment() {
        assertTrue(ExpectedOutput.of("// Output: early\nfn main() {}\n").isEmpty());
        assertTrue(ExpectedOutput.of("fn main() {}\n// the output is printed above\n").isEmpty());
    }
}
