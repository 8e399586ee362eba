package io.github.backendnotes.gate;

import io.github.backendnotes.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkModeTest {

    @TempDir
    Path notes;

    @Test
    void theParameterTakesAutoTrueAndFalse() {
        assertEquals(Optional.of(ForkMode.AUTO), ForkMode.named(" Auto "));
        assertEquals(Optional.of(ForkMode.ALWAYS), ForkMode.named("TRUE"));
        assertEquals(Optional.of(ForkMode.NEVER), ForkMode.named("false"));
        assertEquals(Optional.empty(), ForkMode.named("maybe"));
        assertEquals(Optional.empty(), ForkMode.named(null));
    }

    @Test
    void autoForksFromTwoMegabytesOfMarkdown() {
        TestVaults.write(notes, "few.md", "# A few notes\n");
        assertFalse(ForkMode.AUTO.forks(notes));
        assertTrue(ForkMode.ALWAYS.forks(notes));
        assertFalse(ForkMode.NEVER.forks(notes));
        TestVaults.write(notes, "many.md", "x".repeat((int) ForkMode.AUTO_BYTES));
        assertTrue(ForkMode.AUTO.forks(notes));
        assertFalse(ForkMode.NEVER.forks(notes));
    }
}
