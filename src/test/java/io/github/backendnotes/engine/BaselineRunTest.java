package io.github.backendnotes.engine;

import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.run.RunResult;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.UnusableInput;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.full;
import static io.github.backendnotes.TestVaults.request;
import static io.github.backendnotes.TestVaults.verify;
import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The engine with a baseline file: the default one at the root, a named one, one that cannot be used. */
class BaselineRunTest {

    @TempDir
    Path root;

    @BeforeEach
    void vault() {
        write(root, "notes/a.md", "# A\n\n[one](gone1.md)\n\n[two](gone2.md)\n");
        write(root, "notes/empty.md", "");
    }

    private void baselineToday(String file) throws IOException {
        Baseline.of(verify(root).findings()).write(root.resolve(file));
    }

    @Test
    void withoutABaselineNothingIsSuppressed() throws IOException {
        var result = verify(root);
        assertEquals(List.of(
                "notes/a.md:3:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md')",
                "notes/a.md:5:1: error [links.broken] link 'gone2.md' does not exist (resolved to 'notes/gone2.md')",
                "notes/empty.md:1:1: warning [parse.empty-file] file is empty"), full(result.findings()));
        assertNull(result.baseline());
        assertEquals(0, result.suppressed());
    }

    @Test
    void defaultBaselineAtTheRootSuppressesWhatItHolds() throws IOException {
        baselineToday(RunRequest.DEFAULT_BASELINE);
        var result = verify(root);
        assertEquals(List.of(
                "notes/a.md:3:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md') (suppressed)",
                "notes/a.md:5:1: error [links.broken] link 'gone2.md' does not exist (resolved to 'notes/gone2.md') (suppressed)",
                "notes/empty.md:1:1: warning [parse.empty-file] file is empty (suppressed)"), full(result.findings()));
        assertEquals(new RunResult.BaselineUse("backend-notes-baseline.json", List.of()), result.baseline());
        assertEquals(0, result.count(Severity.ERROR));
        assertEquals(0, result.count(Severity.WARNING));
        assertEquals(3, result.suppressed());
        assertEquals(0, result.violations(Severity.INFO));
    }

    @Test
    void movedFindingStaysSuppressedFixedOneIsListedNewOneCounts() throws IOException {
        baselineToday(RunRequest.DEFAULT_BASELINE);
        // gone1 moves down two lines, gone2 is fixed, gone3 is new
        write(root, "notes/a.md", "# A\n\nIntro.\n\n[one](gone1.md)\n\n[two](a.md)\n\n[three](gone3.md)\n");
        var result = verify(root);
        assertEquals(List.of(
                "notes/a.md:5:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md') (suppressed)",
                "notes/a.md:9:1: error [links.broken] link 'gone3.md' does not exist (resolved to 'notes/gone3.md')",
                "notes/empty.md:1:1: warning [parse.empty-file] file is empty (suppressed)"), full(result.findings()));
        Finding gone2 = new Finding("links.broken", Severity.ERROR, "notes/a.md", 5, 1,
                "link 'gone2.md' does not exist (resolved to 'notes/gone2.md')", null);
        assertEquals(new RunResult.BaselineUse("backend-notes-baseline.json", List.of(new Baseline.Entry(
                "links.broken", "notes/a.md", gone2.fingerprint(), gone2.message()))), result.baseline());
        assertEquals(1, result.count(Severity.ERROR));
        assertEquals(2, result.suppressed());
        assertEquals(1, result.violations(Severity.ERROR));
    }

    @Test
    void countsByThreshold() throws IOException {
        write(root, "notes/other.md", "");
        write(root, "notes/b.md", "# B\n\n[lost](lost.md)\n");
        // accept only the file a.md's findings
        Baseline.of(verify(root).findings().stream().filter(f -> f.file().equals("notes/a.md")).toList())
                .write(root.resolve(RunRequest.DEFAULT_BASELINE));
        var result = verify(root);
        assertEquals(List.of(
                "notes/a.md:3:1: error [links.broken] link 'gone1.md' does not exist (resolved to 'notes/gone1.md') (suppressed)",
                "notes/a.md:5:1: error [links.broken] link 'gone2.md' does not exist (resolved to 'notes/gone2.md') (suppressed)",
                "notes/b.md:3:1: error [links.broken] link 'lost.md' does not exist (resolved to 'notes/lost.md')",
                "notes/empty.md:1:1: warning [parse.empty-file] file is empty",
                "notes/other.md:1:1: warning [parse.empty-file] file is empty"), full(result.findings()));
        assertEquals(1, result.count(Severity.ERROR));
        assertEquals(2, result.count(Severity.WARNING));
        assertEquals(0, result.count(Severity.INFO));
        assertEquals(2, result.suppressed());
        assertEquals(1, result.violations(Severity.ERROR));
        assertEquals(3, result.violations(Severity.WARNING));
        assertEquals(3, result.violations(Severity.INFO));
    }

    @Test
    void namedBaselineElsewhere() throws IOException {
        baselineToday("ci/accepted.json");
        var result = verify(request(root).withBaseline("ci/accepted.json"));
        assertEquals(3, result.suppressed());
        assertEquals(new RunResult.BaselineUse("ci/accepted.json", List.of()), result.baseline());
    }

    /** A baseline the build names but that is not there stops the run, naming its path, before any note is read. */
    @Test
    void namedMissingBaselineStopsTheRun() {
        UnusableInput stop = assertThrows(UnusableInput.class, () -> verify(request(root).withBaseline("ci/missing.json")));
        assertEquals("the baseline " + root.toAbsolutePath().normalize().resolve("ci/missing.json")
                + " (backend-notes.baseline) does not exist", stop.getMessage());
    }

    /** A baseline present at the root but unreadable is not silently ignored: every accepted finding would return. */
    @Test
    void defaultBaselineThatIsNotJsonStopsTheRun() throws IOException {
        write(root, RunRequest.DEFAULT_BASELINE, "accepted: everything\n");
        UnusableInput stop = assertThrows(UnusableInput.class, () -> verify(root));
        assertEquals("the baseline " + root.toAbsolutePath().normalize().resolve(RunRequest.DEFAULT_BASELINE)
                + " cannot be used: not a baseline file: no \"findings\" list", stop.getMessage());
    }

    @Test
    void namedBaselineThatIsNotJsonStopsTheRunUnderItsOwnName() throws IOException {
        write(root, "ci/accepted.json", "{\"findings\": [\n");
        UnusableInput stop = assertThrows(UnusableInput.class, () -> verify(request(root).withBaseline("ci/accepted.json")));
        assertTrue(stop.getMessage().startsWith("the baseline " + root.toAbsolutePath().normalize().resolve("ci/accepted.json")
                + " cannot be used: not a baseline file: "), stop.getMessage());
    }

    @Test
    void inlineSuppressedAndBaselinedFindingsAreBothSuppressed() throws IOException {
        baselineToday(RunRequest.DEFAULT_BASELINE);
        write(root, "notes/c.md", "# C\n\n<!-- backend-notes-disable-next-line -->\n[x](gone.md)\n");
        var result = verify(root);
        assertEquals(4, result.suppressed());
        assertEquals(0, result.violations(Severity.INFO));
        assertEquals(new RunResult.BaselineUse("backend-notes-baseline.json", List.of()), result.baseline());
    }
}
