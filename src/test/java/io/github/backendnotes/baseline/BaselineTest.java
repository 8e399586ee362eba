package io.github.backendnotes.baseline;

import io.github.backendnotes.TestVaults;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.github.backendnotes.TestVaults.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The baseline file on its own: writing, reading, matching findings, fixed entries. */
class BaselineTest {

    @TempDir
    Path dir;

    private static final Finding BROKEN = new Finding("links.broken", Severity.ERROR, "notes/a.md", 4, 1,
            "link 'gone.md' does not exist (resolved to 'notes/gone.md')", null);
    private static final Finding DUPLICATE = new Finding("structure.duplicate-heading", Severity.ERROR, "s/01_a.md", 12, 1,
            "required heading 'Steps' appears again (first on line 8)", "s");
    private static final Finding EMPTY = new Finding("parse.empty-file", Severity.WARNING, "notes/\"quoted\" ü.md", 1, 1,
            "file is empty", null);

    private static Finding at(Finding f, int line, String message) {
        return new Finding(f.ruleId(), f.severity(), f.file(), line, f.column(), message, f.series());
    }

    @Test
    void roundTripMarksTheSameFindingsSuppressedAndNothingFixed() throws IOException {
        List<Finding> findings = List.of(BROKEN, DUPLICATE, EMPTY);
        Path file = dir.resolve("backend-notes-baseline.json");
        Baseline.of(findings).write(file);
        Baseline read = Baseline.read(file);
        assertEquals(Baseline.of(findings).entries(), read.entries());
        assertEquals(List.of(
                new Baseline.Entry("links.broken", "notes/a.md", BROKEN.fingerprint(), BROKEN.message()),
                new Baseline.Entry("structure.duplicate-heading", "s/01_a.md", DUPLICATE.fingerprint(), DUPLICATE.message()),
                new Baseline.Entry("parse.empty-file", "notes/\"quoted\" ü.md", EMPTY.fingerprint(), "file is empty")),
                read.entries());
        Baseline.Applied applied = read.apply(findings);
        assertEquals(List.of(BROKEN.suppress(), DUPLICATE.suppress(), EMPTY.suppress()), applied.findings());
        assertEquals(List.of(), applied.fixed());
        assertTrue(read.holds(BROKEN));
    }

    @Test
    void writtenFileIsJsonWithTheFindingsList() throws IOException {
        Path file = dir.resolve("b.json");
        Baseline.of(List.of(BROKEN)).write(file);
        String json = Files.readString(file);
        assertTrue(json.contains("\"findings\""), json);
        assertTrue(json.contains("\"ruleId\": \"links.broken\""), json);
        assertTrue(json.contains("\"fingerprint\": \"" + BROKEN.fingerprint() + "\""), json);
        assertTrue(json.endsWith("}\n"), json);
    }

    @Test
    void findingMovedToAnotherLineStaysSuppressed() {
        Baseline baseline = Baseline.of(List.of(BROKEN, DUPLICATE));
        Finding movedBroken = at(BROKEN, 40, BROKEN.message());
        Finding movedDuplicate = at(DUPLICATE, 30, "required heading 'Steps' appears again (first on line 26)");
        Baseline.Applied applied = baseline.apply(List.of(movedBroken, movedDuplicate));
        assertEquals(List.of(movedBroken.suppress(), movedDuplicate.suppress()), applied.findings());
        assertEquals(List.of(), applied.fixed());
    }

    @Test
    void changedMessageOtherFileOrOtherRuleIsNew() {
        Baseline baseline = Baseline.of(List.of(BROKEN));
        Finding otherTarget = at(BROKEN, 4, "link 'lost.md' does not exist (resolved to 'notes/lost.md')");
        Finding otherFile = new Finding("links.broken", Severity.ERROR, "notes/b.md", 4, 1, BROKEN.message(), null);
        Finding otherRule = new Finding("links.outside-root", Severity.ERROR, "notes/a.md", 4, 1, BROKEN.message(), null);
        for (Finding f : List.of(otherTarget, otherFile, otherRule)) {
            assertFalse(baseline.holds(f), f.toConsoleLine());
            assertFalse(baseline.apply(List.of(f)).findings().get(0).suppressed(), f.toConsoleLine());
        }
    }

    @Test
    void fixedFindingIsListed() {
        Baseline baseline = Baseline.of(List.of(BROKEN, DUPLICATE));
        Baseline.Applied applied = baseline.apply(List.of(DUPLICATE, EMPTY));
        assertEquals(List.of(DUPLICATE.suppress(), EMPTY), applied.findings());
        assertEquals(List.of(new Baseline.Entry("links.broken", "notes/a.md", BROKEN.fingerprint(), BROKEN.message())),
                applied.fixed());
    }

    @Test
    void emptyBaselineSuppressesNothing() {
        Baseline.Applied applied = Baseline.of(List.of()).apply(List.of(BROKEN));
        assertEquals(List.of(BROKEN), applied.findings());
        assertEquals(List.of(), applied.fixed());
    }

    @Test
    void unreadableFilesAreRefused() {
        write(dir, "text.json", "this is not a baseline\n");
        write(dir, "broken.json", "{\"findings\": [\n");
        write(dir, "other.json", "{\"tool\": {\"name\": \"x\"}}\n");
        IOException text = assertThrows(IOException.class, () -> Baseline.read(dir.resolve("text.json")));
        assertEquals("not a baseline file: no \"findings\" list", text.getMessage());
        IOException broken = assertThrows(IOException.class, () -> Baseline.read(dir.resolve("broken.json")));
        assertTrue(broken.getMessage().startsWith("not a baseline file: "), broken.getMessage());
        IOException other = assertThrows(IOException.class, () -> Baseline.read(dir.resolve("other.json")));
        assertEquals("not a baseline file: no \"findings\" list", other.getMessage());
    }
}
