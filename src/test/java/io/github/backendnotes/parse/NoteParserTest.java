package io.github.backendnotes.parse;

import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.ParseProblem;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.github.backendnotes.TestVaults.bytes;
import static io.github.backendnotes.TestVaults.note;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteParserTest {

    private static final String PLAIN = """
            ---
            title: "Chapter"
            chapter: "01"
            ---
            # Title

            Intro with [link](other.md) and [[target|label]].

            ## Part

            ```java
            int x = 1;
            ```

            | a | b |
            |---|---|
            | 1 | 2 |
            """;

    @Test
    void invalidUtf8ReportsItsLine() {
        byte[] content = bytes("---\ntitle: x\n---\n# Ok\nbad ", new byte[] {(byte) 0xC3, (byte) 0x28}, " here\n");
        Note note = new NoteParser().parse("bad.md", content);
        assertNull(note.frontMatter());
        assertEquals(List.of(), note.headings());
        assertEquals(1, note.problems().size());
        ParseProblem problem = note.problems().get(0);
        assertEquals("parse.encoding", problem.rule().id());
        assertEquals(5, problem.line());
        assertEquals(1, problem.column());
        assertEquals("file is not valid UTF-8 (first invalid byte at offset 26); it is not checked further",
                problem.message());
    }

    @Test
    void invalidByteOnFirstLine() {
        Note note = new NoteParser().parse("bad.md", new byte[] {(byte) 0xFF, 'a', '\n'});
        assertEquals(List.of(new ParseProblem(ParseRules.ENCODING, 1, 1,
                "file is not valid UTF-8 (first invalid byte at offset 0); it is not checked further", false)),
                note.problems());
    }

    @Test
    void aNulByteAfterMalformedAndWideCharactersIsReportedAtItsByteOffset() {
        // é is two bytes, 0xFF is malformed: the offset counts bytes, and a binary file is not reported as bad UTF-8
        byte[] content = bytes("# \u00e9\n", new byte[] {(byte) 0xFF, '\n', 'x', 0, 'y'}, "\n");
        assertEquals(List.of(new ParseProblem(ParseRules.BINARY, 3, 1,
                "file holds a NUL byte (offset 8): it is binary, not a note; it is not checked", false)),
                new NoteParser().parse("b.md", content).problems());
    }

    @Test
    void emptyFile() {
        ParseProblem expected = new ParseProblem(ParseRules.EMPTY_FILE, 1, 1, "file is empty", false);
        assertEquals(List.of(expected), new NoteParser().parse("e.md", new byte[0]).problems());
        assertEquals(List.of(expected), note("e.md", " \n\n\t\n").problems());
        assertEquals(List.of(expected), new NoteParser().parse("e.md", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})).problems());
    }

    @Test
    void bomAndCrlfParseToTheSameModel() {
        Note plain = new NoteParser().parse("n.md", PLAIN.getBytes(StandardCharsets.UTF_8));
        byte[] bomCrlf = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PLAIN.replace("\n", "\r\n"));
        Note windows = new NoteParser().parse("n.md", bomCrlf);

        assertEquals(List.of(), plain.problems());
        assertNotNull(plain.frontMatter());
        assertEquals(plain, windows);
        assertEquals(List.of(new Heading(1, "Title", 5, 1), new Heading(2, "Part", 9, 1)), windows.headings());
        assertEquals(3, windows.frontMatter().field("chapter").orElseThrow().line());
        Block.CodeBlock code = assertInstanceOf(Block.CodeBlock.class, windows.sections().get(1).blocks().get(0));
        assertEquals("int x = 1;\n", code.literal());
        assertEquals(11, code.line());
    }

    @Test
    void sectionsAndBlocks() {
        Note note = note("n.md", PLAIN);
        // The blank lines standing in for the front matter make no section of their own.
        assertEquals(2, note.sections().size());
        assertEquals("Title", note.sections().get(0).title());
        assertEquals(1, note.sections().get(0).level());
        Block.Paragraph intro = assertInstanceOf(Block.Paragraph.class, note.sections().get(0).blocks().get(0));
        assertEquals("Intro with link and [[target|label]].", intro.text());
        assertEquals(7, intro.line());
        Block.Table table = assertInstanceOf(Block.Table.class, note.sections().get(1).blocks().get(1));
        assertEquals(List.of("a", "b"), table.header());
        assertEquals(List.of("1", "2"), table.rows().get(0).cells());
        assertEquals(17, table.rows().get(0).line());
    }

    @Test
    void headingsInsideFencedCodeAreNotHeadings() {
        Note note = note("n.md", """
                # Real

                ```markdown
                # Not a heading
                ## Neither
                ```

                ~~~
                # Nor this
                ~~~

                    # indented code, not a heading

                ## Also real
                """);
        assertEquals(List.of(new Heading(1, "Real", 1, 1), new Heading(2, "Also real", 14, 1)), note.headings());
        assertEquals(2, note.sections().size());
    }

    @Test
    void linksInsideCodeAreNotLinks() {
        Note note = note("n.md", """
                Text `[span](span.md)` and `[[wiki-in-span]]`.

                ```
                [block](block.md) [[wiki-in-block]] ![img](i.png)
                ```

                Real [one](one.md#part).
                """);
        assertEquals(List.of(new Link(Link.Kind.MARKDOWN, "one.md#part", "one", 7, 6)), note.links());
    }

    @Test
    void wikiLinksAndImagesFound() {
        Note note = note("n.md", """
                See [[a|b]] and [[plain]].
                ![alt](pic.png)
                """);
        assertEquals(List.of(
                new Link(Link.Kind.WIKI, "a", "b", 1, 5),
                new Link(Link.Kind.WIKI, "plain", "plain", 1, 17),
                new Link(Link.Kind.IMAGE, "pic.png", "alt", 2, 1)), note.links());
    }

    @Test
    void inlineCodeKeptInBackticksInHeadingText() {
        Note note = note("n.md", "## Use `go test` here\n");
        assertEquals("Use `go test` here", note.headings().get(0).text());
    }

    @Test
    void noFrontMatterMeansNullAndNoProblems() {
        Note note = note("dir/n.md", "# Hi\n");
        assertNull(note.frontMatter());
        assertEquals(List.of(), note.problems());
        assertEquals("n.md", note.fileName());
        assertTrue(note.frontMatterIfPresent().isEmpty());
    }

    @Test
    void theBodyKeepsTheFilesLineNumbersAfterTheFrontMatter() {
        Note note = note("n.md", "---\ntitle: \"中文\"\ntags: [a]\n---\n## 第一節\n\n[link](x.md)\n");
        assertEquals(5, note.headings().get(0).line());
        assertEquals("第一節", note.headings().get(0).text());
        assertEquals(7, note.links().get(0).line());
        Note onlyFrontMatter = note("m.md", "---\ntitle: \"x\"\n---");
        assertEquals("x", onlyFrontMatter.frontMatter().text("title").orElseThrow());
        assertEquals(List.of(), onlyFrontMatter.headings());
        assertEquals(List.of(), onlyFrontMatter.problems());
    }
}
