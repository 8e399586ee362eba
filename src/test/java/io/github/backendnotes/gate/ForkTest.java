package io.github.backendnotes.gate;

import io.github.backendnotes.TestVaults;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ReportFormat;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.SnippetRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ForkTest {

    @TempDir
    Path dir;

    /** Every line, with its level, in the order given. */
    static final class RecordingLog implements GoalLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void say(Level level, String line) {
            lines.add(level.name().toLowerCase(java.util.Locale.ROOT) + " " + line);
        }
    }

    private static List<Path> testClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(Paths::get).toList();
    }

    private VerifyArgs args(Path notes, Path reports, boolean failOnViolation) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("notesDirectory", notes.toString());
        parameters.put("formats", "json,markdown");
        RunRequest request = RunRequest.of(notes, List.of("drafts/**"));
        Verification.Settings settings = new Verification.Settings(false, List.of(ReportFormat.JSON,
                ReportFormat.MARKDOWN), failOnViolation, Severity.ERROR, 0, reports, parameters, "notes");
        return new VerifyArgs(request, new SnippetRequest(false, null, null), settings);
    }

    private Path vaultWithABrokenLink() {
        Path notes = dir.resolve("notes");
        TestVaults.write(notes, "a.md", "# A\n\nSee [b](b.md) and [gone](missing.md).\n");
        TestVaults.write(notes, "b.md", "# B\n\nBack to [a](a.md).\n");
        return notes;
    }

    @Test
    void aForkedGateSaysWhatTheGateInThisJvmSays() {
        Path notes = vaultWithABrokenLink();
        RecordingLog here = new RecordingLog();
        Verdict inThisJvm = Verification.run(args(notes, dir.resolve("here"), true).request(),
                new SnippetRequest(false, null, null), args(notes, dir.resolve("here"), true).settings(), here);
        RecordingLog relayed = new RecordingLog();
        Verdict forked = new Fork(Fork.DEFAULT_JVM_ARGS, testClassPath())
                .verify(args(notes, dir.resolve("forked"), true), relayed);

        assertEquals(Verdict.Kind.FAILED, inThisJvm.kind(), inThisJvm.message());
        assertEquals(inThisJvm.kind(), forked.kind(), forked.message());
        assertEquals(inThisJvm.message().replace("here", "forked"), forked.message());
        assertEquals(here.lines.stream().map(line -> line.replace("here", "forked")).toList(), relayed.lines);
        assertTrue(relayed.lines.stream().anyMatch(line -> line.startsWith("raw ::error file=notes/a.md")),
                relayed.lines.toString());
        assertTrue(Files.isRegularFile(dir.resolve("forked/report.json")));
        assertTrue(Files.isRegularFile(dir.resolve("forked/report.md")));
    }

    @Test
    void aForkedGateThatPassesSaysSo() {
        RecordingLog relayed = new RecordingLog();
        Verdict forked = new Fork(Fork.DEFAULT_JVM_ARGS, testClassPath())
                .verify(args(vaultWithABrokenLink(), dir.resolve("out"), false), relayed);
        assertEquals(Verdict.PASSED, forked);
        assertTrue(relayed.lines.stream().anyMatch(line -> line.startsWith("warning backend-notes: the threshold is"
                + " exceeded")), relayed.lines.toString());
    }

    @Test
    void aJvmThatCannotStartBreaksTheGoalWithWhatItSaid() {
        RecordingLog relayed = new RecordingLog();
        Verdict forked = new Fork("-XX:+NoSuchOptionOfTheJvm", testClassPath())
                .verify(args(vaultWithABrokenLink(), dir.resolve("out"), true), relayed);
        assertEquals(Verdict.Kind.BROKEN, forked.kind());
        assertTrue(forked.message().startsWith("backend-notes: the forked JVM (-XX:+NoSuchOptionOfTheJvm) ended with"
                + " exit code "), forked.message());
        assertTrue(forked.message().contains("NoSuchOptionOfTheJvm") && forked.message().contains("fork=false"),
                forked.message());
    }

    @Test
    void aMissingNotesDirectoryFailsTheGoalAsInThisJvm() {
        Path missing = dir.resolve("absent");
        Verdict forked = new Fork(Fork.DEFAULT_JVM_ARGS, testClassPath())
                .verify(args(missing, dir.resolve("out"), true), new RecordingLog());
        assertEquals(new Verdict(Verdict.Kind.FAILED, "backend-notes: notes directory " + missing
                + " does not exist", null), forked);
    }

    @Test
    void tagsBecomeLevelsAndTheLastLineTheOutcome() throws IOException {
        String out = "Ea finding\nWa warning\nIsaid\nI\nO::error file=a.md\nstray\n=FAILED two\\nlines \\\\ here\n";
        RecordingLog log = new RecordingLog();
        Verdict verdict = Fork.relay(new ByteArrayInputStream(out.getBytes(StandardCharsets.UTF_8)), log,
                () -> log.say(GoalLog.Level.INFO, "(the verdict came)"));
        assertEquals(List.of("error a finding", "warning a warning", "info said", "info ", "raw ::error file=a.md",
                "info stray", "info (the verdict came)"), log.lines);
        assertEquals(new Verdict(Verdict.Kind.FAILED, "two\nlines \\ here", null), verdict);
    }

    @Test
    void noOutcomeLineIsNoOutcome() throws IOException {
        RecordingLog log = new RecordingLog();
        assertEquals(null, Fork.relay(new ByteArrayInputStream("Isaid\n".getBytes(StandardCharsets.UTF_8)), log,
                () -> log.say(GoalLog.Level.INFO, "(the verdict came)")));
        assertEquals(List.of("info said"), log.lines);
    }

    @Test
    void theForkedJvmStopsOnceThePipeFromTheGoalCloses() throws Exception {
        java.io.PipedOutputStream goal = new java.io.PipedOutputStream();
        java.io.PipedInputStream forked = new java.io.PipedInputStream(goal);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Thread watcher = ForkedVerify.watch(forked, stopped::countDown);
        Thread.sleep(50);
        assertEquals(1, stopped.getCount(), "stopped while the pipe was open");
        goal.close();
        assertTrue(stopped.await(10, java.util.concurrent.TimeUnit.SECONDS), "not stopped once the pipe closed");
        watcher.join(10_000);
    }

    @Test
    void escapingRoundTrips() {
        for (String text : List.of("", "plain", "a\nb", "back\\slash\\n", "\r\n\\\\", "ends with \\")) {
            String escaped = ForkedVerify.escape(text);
            assertTrue(escaped.indexOf('\n') < 0 && escaped.indexOf('\r') < 0, escaped);
            assertEquals(text, ForkedVerify.unescape(escaped));
        }
    }
}
