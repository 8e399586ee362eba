package io.github.backendnotes.parse;

import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.model.YamlValue;
import io.github.backendnotes.model.YamlValue.ScalarKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FrontMatterParserTest {

    private static YamlValue.Scalar scalar(Note note, String key) {
        return assertInstanceOf(YamlValue.Scalar.class, note.frontMatter().field(key).orElseThrow().value());
    }

    @Test
    void validFrontMatterHasFileLinePositions() {
        Note note = note("a.md", """
                ---
                title: Hello
                tags:
                  - backend
                  - go
                ---
                # Heading
                """);
        FrontMatter fm = note.frontMatter();
        assertNotNull(fm);
        assertEquals(List.of(), note.problems());
        assertEquals(1, fm.startLine());
        assertEquals(6, fm.endLine());
        assertEquals(List.of("title", "tags"), List.copyOf(fm.fields().keySet()));

        FrontMatter.Field title = fm.field("title").orElseThrow();
        assertEquals(2, title.line());
        assertEquals(1, title.column());
        YamlValue.Scalar titleValue = assertInstanceOf(YamlValue.Scalar.class, title.value());
        assertEquals(new YamlValue.Scalar("Hello", ScalarKind.STRING, false, 2, 8), titleValue);

        FrontMatter.Field tags = fm.field("tags").orElseThrow();
        assertEquals(3, tags.line());
        YamlValue.Sequence sequence = assertInstanceOf(YamlValue.Sequence.class, tags.value());
        assertEquals(2, sequence.items().size());
        assertEquals(new YamlValue.Scalar("go", ScalarKind.STRING, false, 5, 5), sequence.items().get(1));
        assertEquals(4, sequence.items().get(0).line());
        assertEquals("list [backend, go]", sequence.describe());
        // The heading after the front matter keeps its file line.
        assertEquals(7, note.headings().get(0).line());
    }

    @Test
    void quotedNumberIsStringPlainNumberIsInteger() {
        Note note = note("a.md", """
                ---
                quoted: "01"
                single: '01'
                plain: 01
                ---
                """);
        assertEquals(new YamlValue.Scalar("01", ScalarKind.STRING, true, 2, 9), scalar(note, "quoted"));
        assertEquals(new YamlValue.Scalar("01", ScalarKind.STRING, true, 3, 9), scalar(note, "single"));
        assertEquals(new YamlValue.Scalar("01", ScalarKind.INTEGER, false, 4, 8), scalar(note, "plain"));
        assertEquals("integer '01'", scalar(note, "plain").describe());
    }

    @Test
    void scalarKinds() {
        Note note = note("a.md", """
                ---
                created: 2026-01-15
                quotedDate: "2026-01-15"
                flag: true
                ratio: 1.5
                nothing:
                ---
                """);
        assertAll(
                () -> assertEquals(ScalarKind.TIMESTAMP, scalar(note, "created").kind()),
                () -> assertEquals("2026-01-15", scalar(note, "created").text()),
                () -> assertEquals(ScalarKind.STRING, scalar(note, "quotedDate").kind()),
                () -> assertEquals(ScalarKind.BOOLEAN, scalar(note, "flag").kind()),
                () -> assertEquals(ScalarKind.FLOAT, scalar(note, "ratio").kind()),
                () -> assertTrue(scalar(note, "nothing").isNull()),
                () -> assertEquals("an empty value", scalar(note, "nothing").describe()));
    }

    @Test
    void malformedYamlIsReportedOnItsFileLine() {
        Note note = note("a.md", """
                ---
                title: ok
                tags: [backend, go
                status: draft
                ---
                body
                """);
        assertNull(note.frontMatter());
        assertEquals(1, note.problems().size());
        ParseProblem problem = note.problems().get(0);
        assertEquals("parse.front-matter", problem.rule().id());
        assertEquals(4, problem.line());
        assertTrue(problem.concernsFrontMatter());
        assertTrue(problem.message().startsWith("front matter is not valid YAML: "), problem.message());
        assertTrue(note.frontMatterUnreadable());
    }

    @Test
    void unquotedColonInValueGivesQuotingHint() {
        Note note = note("a.md", """
                ---
                status: draft
                title: A: B
                ---
                """);
        assertNull(note.frontMatter());
        ParseProblem problem = note.problems().get(0);
        assertEquals("parse.front-matter", problem.rule().id());
        assertEquals(3, problem.line());
        assertEquals(9, problem.column());
        assertEquals("front matter is not valid YAML: mapping values are not allowed here"
                + " (a value containing ': ' must be quoted)", problem.message());
    }

    @Test
    void unclosedFrontMatter() {
        Note note = note("a.md", """
                ---
                title: never closed
                # Heading
                """);
        assertNull(note.frontMatter());
        assertEquals(List.of(new ParseProblem(ParseRules.FRONT_MATTER_UNCLOSED, 1, 1,
                "front matter opened by '---' on line 1 is never closed by a '---' line", true)), note.problems());
    }

    @Test
    void listFrontMatterIsNotAMapping() {
        Note note = note("a.md", """
                ---
                - a
                - b
                ---
                """);
        assertNull(note.frontMatter());
        assertEquals(List.of(new ParseProblem(ParseRules.FRONT_MATTER_SYNTAX, 1, 1,
                "front matter must be a mapping of 'key: value' lines, found a list", true)), note.problems());
    }

    @Test
    void scalarFrontMatterIsNotAMapping() {
        Note note = note("a.md", """
                ---
                just some text
                ---
                """);
        assertNull(note.frontMatter());
        assertEquals(List.of(new ParseProblem(ParseRules.FRONT_MATTER_SYNTAX, 1, 1,
                "front matter must be a mapping of 'key: value' lines, found a single value", true)), note.problems());
    }

    @Test
    void emptyFrontMatterIsAnEmptyMapping() {
        Note note = note("a.md", "---\n---\ntext\n");
        assertEquals(List.of(), note.problems());
        assertEquals(0, note.frontMatter().fields().size());
        assertEquals(2, note.frontMatter().endLine());
    }

    @Test
    void duplicateKeyReportedAtSecondKeyAndFirstValueKept() {
        Note note = note("a.md", """
                ---
                title: first
                status: draft
                title: second
                ---
                """);
        assertEquals(List.of(new ParseProblem(ParseRules.DUPLICATE_KEY, 4, 1,
                "key 'title' appears more than once; the first value is used", false)), note.problems());
        assertEquals("first", note.frontMatter().text("title").orElseThrow());
        assertEquals(2, note.frontMatter().field("title").orElseThrow().line());
        assertFalse(note.frontMatterUnreadable());
    }

    @Test
    void billionLaughsIsAProblemNotAHang() {
        String yaml = """
                ---
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                ---
                """;
        Note note = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> note("a.md", yaml));
        assertNull(note.frontMatter());
        assertEquals(1, note.problems().size());
        assertEquals("parse.front-matter", note.problems().get(0).rule().id());
        assertEquals(1, note.problems().get(0).line());
        assertTrue(note.problems().get(0).message().startsWith("front matter is not valid YAML: "),
                note.problems().get(0).message());
    }

    @Test
    void aliasExpansionWithinAliasLimitIsStillBounded() {
        // 20 collection aliases (the limit) that would expand to more than 10 000 values.
        String hundred = String.join(",", java.util.Collections.nCopies(100, "x"));
        String tenA = String.join(",", java.util.Collections.nCopies(10, "*a"));
        String tenB = String.join(",", java.util.Collections.nCopies(10, "*b"));
        String yaml = "---\na: &a [" + hundred + "]\nb: &b [" + tenA + "]\nc: [" + tenB + "]\n---\n";
        Note note = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> note("a.md", yaml));
        assertNull(note.frontMatter());
        assertEquals(List.of(new ParseProblem(ParseRules.FRONT_MATTER_SYNTAX, 1, 1,
                "front matter expands to more than 10000 values (aliases?); it is not read", true)), note.problems());
    }

    @Test
    void directParseUsesGivenStartLine() {
        FrontMatterParser.Result result = new FrontMatterParser().parse("k: v\nn: 3", 10, 13);
        assertEquals(List.of(), result.problems());
        assertEquals(11, result.frontMatter().field("k").orElseThrow().line());
        assertEquals(12, result.frontMatter().field("n").orElseThrow().line());
        assertEquals(10, result.frontMatter().startLine());
        assertEquals(13, result.frontMatter().endLine());
    }

    @Test
    void notesReadByOneThreadShareTheirKeysAndShortValuesButNotLongOnes() throws Exception {
        SharedTextsTest.onAThreadOfItsOwn(() -> {
            String text = """
                    ---
                    category: basics
                    tags: [go]
                    summary: a summary longer than the shared texts are
                    ---
                    # A
                    """;
            FrontMatter first = note("a.md", text).frontMatter();
            FrontMatter second = note("b.md", text).frontMatter();
            String key = first.fields().keySet().iterator().next();
            assertSame(key, second.fields().keySet().iterator().next());
            assertSame(first.text("category").orElseThrow(), second.text("category").orElseThrow());
            String summary = first.text("summary").orElseThrow();
            assertTrue(summary.length() > FrontMatterParser.MAX_SHARED_LENGTH);
            assertNotSame(summary, second.text("summary").orElseThrow());
            assertEquals(summary, second.text("summary").orElseThrow());
        });
    }
}
