package io.github.backendnotes.report;

import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GithubAnnotationsTest {

    @Test
    void oneCommandPerUnsuppressedFindingWithEscaping() {
        assertEquals(List.of(
                "::error file=backend/01_a.md,line=2,col=7,title=frontmatter.fixed-value::field 'type' is "
                        + "'a \"q\" <b> & c'%0Anext\tline\u0001 100%25 done, see: `x|y`",
                "::warning file=backend/01_a.md,line=9,title=structure.missing-heading::missing heading '## Summary'",
                "::notice file=loose note.md,title=links.orphan::no note links to this one"),
                GithubAnnotations.lines(ReportFixtures.result()));
    }

    @Test
    void prefixMakesPathsRelativeToTheRepository() {
        List<String> lines = GithubAnnotations.lines(ReportFixtures.result(), "docs/notes/");
        assertEquals("::notice file=docs/notes/loose note.md,title=links.orphan::no note links to this one",
                lines.get(2));
        assertEquals(lines, GithubAnnotations.lines(ReportFixtures.result(), "docs/notes"));
    }

    @Test
    void escapesColonsAndCommasInProperties() {
        RunResult result = new RunResult(Path.of("n"), 1, List.of(), List.of(new Finding("links.orphan",
                Severity.ERROR, "a,b:c%d\r\ne.md", 3, 0, "m: a,b\r\n50%", null)));
        assertEquals(List.of("::error file=a%2Cb%3Ac%25d%0D%0Ae.md,line=3,title=links.orphan::m: a,b%0D%0A50%25"),
                GithubAnnotations.lines(result, ""));
        assertEquals("%253A", GithubAnnotations.property("%3A"));
        assertEquals("x%3Ay%2Cz", GithubAnnotations.property("x:y,z"));
    }

    @Test
    void errorsFirstThenWarningsThenNotices() {
        RunResult result = new RunResult(Path.of("n"), 2, List.of(), List.of(
                new Finding("a.x", Severity.INFO, "a.md", 1, 0, "i", null),
                new Finding("a.x", Severity.WARNING, "a.md", 2, 0, "w", null),
                new Finding("a.x", Severity.ERROR, "b.md", 3, 0, "e", null)));
        assertEquals(List.of("::error file=b.md,line=3,title=a.x::e", "::warning file=a.md,line=2,title=a.x::w",
                "::notice file=a.md,line=1,title=a.x::i"), GithubAnnotations.lines(result));
    }

    @Test
    void nothingWhenEverythingIsSuppressed() {
        RunResult result = new RunResult(Path.of("n"), 1, List.of(), List.of(ReportFixtures.SUPPRESSED));
        assertEquals(List.of(), GithubAnnotations.lines(result));
    }
}
