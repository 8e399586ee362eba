package io.github.backendnotes.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingTest {

    private static Finding finding(int line, String message) {
        return new Finding("structure.duplicate-heading", Severity.ERROR, "s/01_a.md", line, 1, message, "s");
    }

    @Test
    void aMessageKeepsItsTextButTheLineNumbersItNamesAsThePatternDoes() {
        java.util.regex.Pattern lineNumber = java.util.regex.Pattern.compile("(?i)\\b(line|lines) \\d+");
        for (String message : io.github.backendnotes.RandomTexts.of(23, 40_000, 12, "line", "Line", "LINES", "lINe",
                "lin", "e", "s", " ", "12", "x", "l", "İ", "ı", "意", "(", "_")) {
            assertEquals(lineNumber.matcher(message).replaceAll("$1 #"), Finding.stableMessage(message), message);
        }
    }

    @Test
    void fingerprintIgnoresWhereTheFindingMoved() {
        assertEquals(finding(10, "required heading 'Pitfalls' appears again (first on line 8)").fingerprint(),
                finding(40, "required heading 'Pitfalls' appears again (first on line 38)").fingerprint());
    }

    @Test
    void fingerprintTellsRulesFilesAndMessagesApart() {
        Finding base = finding(10, "required heading 'Pitfalls' appears again (first on line 8)");
        assertNotEquals(base.fingerprint(), finding(10, "required heading 'Intent' appears again (first on line 8)").fingerprint());
        assertNotEquals(base.fingerprint(), new Finding("structure.missing-heading", Severity.ERROR, "s/01_a.md", 10, 1,
                base.message(), "s").fingerprint());
        assertNotEquals(base.fingerprint(), new Finding(base.ruleId(), Severity.ERROR, "s/02_b.md", 10, 1,
                base.message(), "s").fingerprint());
    }

    @Test
    void suppressedFindingsSayTheyAre() {
        Finding suppressed = finding(3, "m").suppress();
        assertTrue(suppressed.suppressed());
        assertEquals("s/01_a.md:3:1: error [structure.duplicate-heading] m (suppressed)", suppressed.toConsoleLine());
        assertEquals(finding(3, "m").fingerprint(), suppressed.fingerprint());
    }
}
