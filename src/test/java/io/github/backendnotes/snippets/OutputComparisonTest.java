package io.github.backendnotes.snippets;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputComparisonTest {

    private static ExpectedOutput ordered(String... lines) {
        return new ExpectedOutput(ExpectedOutput.Mode.ORDERED, List.of(lines), 0);
    }

    @Test
    void matchesIgnoringTrailingSpacesAndBlankEnds() {
        assertEquals(List.of(), OutputComparison.differences(ordered("a", "b"), "\na  \nb\n\n"));
    }

    @Test
    void listsEachDifferingLine() {
        assertEquals(List.of("line 2: expected 'b', got 'c'", "line 3: expected nothing, got 'd'",
                        "2 lines expected, 3 printed"),
                OutputComparison.differences(ordered("a", "b"), "a\nc\nd\n"));
    }

    @Test
    void unorderedComparesTheLinesInAnyOrder() {
        ExpectedOutput unordered = new ExpectedOutput(ExpectedOutput.Mode.UNORDERED, List.of("a", "b", "b"), 0);
        assertEquals(List.of(), OutputComparison.differences(unordered, "b\na\nb\n"));
        assertEquals(List.of("expected, not printed: 'b'", "printed, not expected: 'c'"),
                OutputComparison.differences(unordered, "b\na\nc\n"));
    }

    @Test
    void varyingIsNotCompared() {
        assertEquals(List.of(), OutputComparison.differences(
                new ExpectedOutput(ExpectedOutput.Mode.VARIES, List.of("a"), 0), "z\n"));
    }

    @Test
    void anEllipsisMatchesAnyTextAndALineOfItAnyLines() {
        assertEquals(List.of(), OutputComparison.differences(ordered("took (...) [200]"), "took (26.4µs) [200]\n"));
        assertEquals(List.of(), OutputComparison.differences(ordered("start", "...", "done"), "start\nx\ny\ndone\n"));
        assertEquals(List.of(), OutputComparison.differences(ordered("start", "...", "done"), "start\ndone\n"));
        assertEquals(List.of("expected 'done' after printed line 1, as the block shows between its '...' lines;"
                + " not printed so"), OutputComparison.differences(ordered("start", "...", "done"), "start\nx\ndone?\n"));
        assertEquals(1, OutputComparison.differences(ordered("a", "b", "...", "z"), "a\nc\nz\n").size());
    }
}
