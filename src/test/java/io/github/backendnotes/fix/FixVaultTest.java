package io.github.backendnotes.fix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fixture itself: a series that meets its rubric leaves fix nothing to do. */
class FixVaultTest {

    @Test
    void cleanSeriesHasNothingToFix(@TempDir Path root) {
        FixVault.create(root);
        FixRun.Outcome outcome = FixVault.fix(root, false);
        assertEquals(java.util.List.of(), outcome.passes());
        assertEquals(java.util.List.of(), outcome.remainingFixable());
    }
}
