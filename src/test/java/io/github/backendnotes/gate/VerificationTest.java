package io.github.backendnotes.gate;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ReportFormat;
import io.github.backendnotes.run.RunResult;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationTest {

    @TempDir
    Path dir;

    @Test
    void theReportsAreWrittenWhileTheConsolePrints() {
        Path reports = dir.resolve("reports");
        RunResult result = new RunResult(Path.of("notes"), 2, List.of(), List.of(
                new Finding("links.broken", Severity.ERROR, "a.md", 3, 5, "link 'gone.md' does not exist", ""),
                new Finding("links.broken", Severity.ERROR, "b.md", 4, 1, "link 'lost.md' does not exist", "")));
        Verification.Settings settings = new Verification.Settings(false, List.of(ReportFormat.MARKDOWN), true,
                Severity.ERROR, 0, reports, Map.of(), null);
        List<String> seen = new ArrayList<>();
        GoalLog console = (level, line) -> {
            if (level == GoalLog.Level.ERROR && line.contains("a.md") && seen.isEmpty()) {
                // the first finding's line waits for the report files, which only a writer beside it can give
                seen.add(awaitFile(reports.resolve("report.md")) ? "reports written meanwhile" : "no reports yet");
            }
        };
        Verdict verdict = Verification.judge(result, settings, console);
        assertEquals(List.of("reports written meanwhile"), seen);
        assertEquals(Verdict.Kind.FAILED, verdict.kind());
        assertTrue(Files.isRegularFile(reports.resolve("report.json")));
    }

    /** Whether the file appears within 30 s; on an idle machine it takes milliseconds. */
    private static boolean awaitFile(Path file) {
        for (int i = 0; i < 3_000; i++) {
            if (Files.isRegularFile(file)) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }
}
