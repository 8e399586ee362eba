package io.github.backendnotes.parse;

import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.model.Suppressions;
import io.github.backendnotes.model.YamlValue;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of one Markdown file into a {@link Note}. Thread-safe: one parser serves all workers.
 */
public final class NoteParser {

    /** The front-matter key that suppresses rules for a whole file. */
    public static final String DISABLE_KEY = "backend-notes-disable";

    private final Parser markdown = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    /** For a note whose front matter is closed: the front matter is one block CommonMark passes over. */
    private final Parser markdownAfterFrontMatter = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .customBlockParserFactory(FrontMatterFence.FACTORY)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();

    public Note parse(String path, byte[] bytes) {
        String plain = Utf8.plain(bytes);
        if (plain != null) {
            // no carriage return in it: a BOM is all there is to normalise
            return parseNormalized(path, plain.startsWith("\uFEFF") ? plain.substring(1) : plain);
        }
        // the general way, for a NUL, a carriage return or a malformed sequence.
        // UTF-8 has no 0 byte but the NUL character's, which the lenient decoding keeps: a NUL is found by the
        // String's vectorised indexOf, and a loop over every byte of every note is not compiled on its own
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\0') >= 0) {
            int offset = firstNul(bytes);
            String message = "file holds a NUL byte (offset " + offset
                    + "): it is binary, not a note; it is not checked";
            return failed(path, new ParseProblem(ParseRules.BINARY, lineOfByte(bytes, offset), 1, message, false));
        }
        String text;
        try {
            text = strictUtf8(lenient, bytes);
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8(bytes);
            return failed(path, new ParseProblem(ParseRules.ENCODING, lineOfByte(bytes, offset), 1,
                    "file is not valid UTF-8 (first invalid byte at offset " + offset + "); it is not checked further", false));
        }
        return parse(path, text);
    }

    /** Parses decoded text; a leading BOM and CRLF or CR line endings are accepted. */
    public Note parse(String path, String text) {
        return parseNormalized(path, normalize(text));
    }

    private Note parseNormalized(String path, String normalized) {
        if (normalized.isBlank()) {
            return failed(path, new ParseProblem(ParseRules.EMPTY_FILE, 1, 1, "file is empty", false));
        }
        List<ParseProblem> problems = new ArrayList<>();
        FrontMatter frontMatter = null;
        Parser commonMark = markdown;
        int firstLineEnd = lineEnd(normalized, 0);
        if (FrontMatterFence.opens(normalized.substring(0, firstLineEnd))) {
            // find the closing fence line by line, without splitting the whole file
            int lineNumber = 1;
            int close = -1;
            for (int start = firstLineEnd + 1; start <= normalized.length(); ) {
                int end = lineEnd(normalized, start);
                lineNumber++;
                if (FrontMatterFence.closes(normalized.substring(start, end))) {
                    close = start;
                    break;
                }
                if (end >= normalized.length()) {
                    break;
                }
                start = end + 1;
            }
            if (close < 0) {
                problems.add(new ParseProblem(ParseRules.FRONT_MATTER_UNCLOSED, 1, 1,
                        "front matter opened by '---' on line 1 is never closed by a '---' line", true));
            } else {
                String yaml = close > firstLineEnd + 1 ? normalized.substring(firstLineEnd + 1, close - 1) : "";
                FrontMatterParser.Result result = frontMatterParser.parse(yaml, 1, lineNumber);
                frontMatter = result.frontMatter();
                problems.addAll(result.problems());
                commonMark = markdownAfterFrontMatter;
            }
        }
        Node document = commonMark.parse(normalized);
        NoteModelBuilder builder = new NoteModelBuilder(normalized);
        builder.build(document);
        return new Note(path, frontMatter, builder.sections(), builder.headings(), builder.links(),
                builder.codeBlocks(), problems, new Suppressions(wholeFile(frontMatter), builder.directives()),
                builder.targets());
    }

    /** The front-matter key {@code backend-notes-disable: [ID…]} (or a single ID). */
    private static java.util.Set<String> wholeFile(FrontMatter frontMatter) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        if (frontMatter != null) {
            frontMatter.field(DISABLE_KEY).map(FrontMatter.Field::value).ifPresent(value -> {
                if (value instanceof YamlValue.Sequence sequence) {
                    sequence.items().forEach(item -> {
                        if (item instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
                            ids.add(scalar.text().trim());
                        }
                    });
                } else if (value instanceof YamlValue.Scalar scalar && !scalar.isNull()) {
                    ids.add(scalar.text().trim());
                }
            });
        }
        return ids;
    }

    private static Note failed(String path, ParseProblem problem) {
        return Note.unreadable(path, problem);
    }

    /** The index of the line break ending the line that starts at {@code start}, or the text's length. */
    private static int lineEnd(String text, int start) {
        int newline = text.indexOf('\n', start);
        return newline < 0 ? text.length() : newline;
    }

    static String normalize(String text) {
        String withoutBom = text.startsWith("\uFEFF") ? text.substring(1) : text;
        // indexOf is one vectorised scan; replace would scan a UTF-16 text twice, char by char, to change nothing
        return withoutBom.indexOf('\r') < 0 ? withoutBom : withoutBom.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int firstNul(byte[] bytes) {
        int i = 0;
        while (bytes[i] != 0) {
            i++;
        }
        return i;
    }

    private static String strictUtf8(String lenient, byte[] bytes) throws CharacterCodingException {
        // the String constructor is much faster, and puts U+FFFD only where the bytes are malformed (or where the
        // file has that character): only then is the file decoded again, strictly, to report the bad byte
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return decoder.decode(ByteBuffer.wrap(bytes)).toString();
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(Math.max(16, bytes.length));
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
