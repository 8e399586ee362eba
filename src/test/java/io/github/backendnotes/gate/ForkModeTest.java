package io.github.backendnotes.gate;

import io.github.backendnotes.TestVaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
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

    private static final List<String> FORK_ARGS = Fork.options(Fork.DEFAULT_JVM_ARGS);
    private static final List<String> MAVEN_DEFAULTS = List.of("-Dmaven.home=/usr/share/maven");

    @Test
    void autoForksFromTwoMegabytesOfMarkdown() {
        TestVaults.write(notes, "few.md", "# A few notes\n");
        assertFalse(ForkMode.AUTO.forks(notes, FORK_ARGS, MAVEN_DEFAULTS));
        assertTrue(ForkMode.ALWAYS.forks(notes, FORK_ARGS, MAVEN_DEFAULTS));
        assertFalse(ForkMode.NEVER.forks(notes, FORK_ARGS, MAVEN_DEFAULTS));
        TestVaults.write(notes, "many.md", "x".repeat((int) ForkMode.AUTO_BYTES));
        assertTrue(ForkMode.AUTO.forks(notes, FORK_ARGS, MAVEN_DEFAULTS));
        assertFalse(ForkMode.NEVER.forks(notes, FORK_ARGS, MAVEN_DEFAULTS));
    }

    @Test
    void autoDoesNotForkAJvmLikeMavensOwn() {
        TestVaults.write(notes, "many.md", "x".repeat((int) ForkMode.AUTO_BYTES));
        List<String> tuned = List.of("-XX:TieredStopAtLevel=1", "-Dmaven.home=/usr/share/maven", "-XX:MaxNewSize=128m",
                "-XX:-CompactStrings", "-XX:+UseParallelGC");
        assertFalse(ForkMode.AUTO.forks(notes, FORK_ARGS, tuned));
        assertTrue(ForkMode.AUTO.forks(notes, FORK_ARGS, List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1")));
        assertTrue(ForkMode.AUTO.forks(notes, FORK_ARGS,
                List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=128m", "-XX:TieredStopAtLevel=1")));
        assertTrue(ForkMode.ALWAYS.forks(notes, FORK_ARGS, tuned));
    }

    @Test
    void theOptionsAreSplitAtWhiteSpace() {
        assertEquals(List.of("-XX:+UseSerialGC", "-Xmx256m"), Fork.options("  -XX:+UseSerialGC \t -Xmx256m "));
        assertEquals(List.of(), Fork.options(" "));
        assertEquals(List.of(), Fork.options(null));
    }
}
