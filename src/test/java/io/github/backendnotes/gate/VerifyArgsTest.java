package io.github.backendnotes.gate;

import io.github.backendnotes.links.LinkResolution;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ReportFormat;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.SnippetRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerifyArgsTest {

    @TempDir
    Path dir;

    private VerifyArgs roundTrip(VerifyArgs args) throws IOException {
        Path file = dir.resolve("args.properties");
        args.write(file);
        return VerifyArgs.read(file);
    }

    /** The progress listener is the forked JVM's own: every other field crosses. */
    private static RunRequest withoutProgress(RunRequest request) {
        return request.withProgress(null);
    }

    @Test
    void everyFieldSetCrosses() throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("z-first", "Ünïcode, = and : and # and \\ and\nnewline");
        parameters.put("a-second", "");
        RunRequest request = new RunRequest(Path.of("notes dir/ü"), List.of("a/**", "b, c"), List.of("t/**"),
                "Dict.md", "conf.yml", "base.json", "main~1", 1234, Path.of("cache.bin"), true, 3,
                LinkResolution.GITHUB, null);
        SnippetRequest snippets = new SnippetRequest(true, Path.of("work"), "/bin:/usr/bin");
        Verification.Settings settings = new Verification.Settings(true, List.of(ReportFormat.HTML,
                ReportFormat.JSON), false, Severity.WARNING, 7, Path.of("out"), parameters, "docs/notes");
        VerifyArgs read = roundTrip(new VerifyArgs(request, snippets, settings));
        assertEquals(request, withoutProgress(read.request()));
        assertEquals(snippets, read.snippets());
        assertEquals(settings, read.settings());
        assertEquals(List.of("z-first", "a-second"), List.copyOf(read.settings().parameters().keySet()));
    }

    @Test
    void nullsStayNull() throws IOException {
        RunRequest request = RunRequest.of(Path.of("notes"), List.of());
        SnippetRequest snippets = SnippetRequest.BY_CONFIG;
        Verification.Settings settings = new Verification.Settings(false, List.of(), true, Severity.ERROR, 0,
                Path.of("out"), Map.of(), null);
        VerifyArgs read = roundTrip(new VerifyArgs(request, snippets, settings));
        assertEquals(request, withoutProgress(read.request()));
        assertEquals(snippets, read.snippets());
        assertEquals(settings, read.settings());
    }
}
