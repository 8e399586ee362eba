package io.github.backendnotes.run;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunResultTest {

    private static Finding finding(Severity severity, int line) {
        return new Finding("links.broken", severity, "a.md", line, 1, "m" + line, null);
    }

    private static final RunResult RESULT = new RunResult(Path.of("notes"), 1, List.of(), List.of(
            finding(Severity.ERROR, 1), finding(Severity.ERROR, 2).suppress(),
            finding(Severity.WARNING, 3), finding(Severity.WARNING, 4), finding(Severity.WARNING, 5).suppress(),
            finding(Severity.INFO, 6), finding(Severity.INFO, 7).suppress(), finding(Severity.INFO, 8).suppress()));

    @Test
    void countsLeaveSuppressedFindingsOut() {
        assertEquals(1, RESULT.count(Severity.ERROR));
        assertEquals(2, RESULT.count(Severity.WARNING));
        assertEquals(1, RESULT.count(Severity.INFO));
        assertEquals(4, RESULT.suppressed());
        assertEquals(8, RESULT.findings().size());
    }

    @Test
    void violationsAreTheUnsuppressedFindingsAtOrAboveTheThreshold() {
        assertEquals(1, RESULT.violations(Severity.ERROR));
        assertEquals(3, RESULT.violations(Severity.WARNING));
        assertEquals(4, RESULT.violations(Severity.INFO));
    }
}
