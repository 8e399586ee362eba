package io.github.backendnotes.engine.cache;

import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Suppressions;

import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.parse.NoteParser;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteCodecTest {

    private static final String RICH_NOTE = """
            ---
            title: "Caching: a study"
            tags: [cache, notes/backend]
            nested:
              key: [1, two, {three: 3}]
            date: 2026-01-02
            empty:
            ---
            # Caching

            <!-- backend-notes-disable-next-line links.broken -->
            Intro with a [link](other.md#part), an ![image](img/a.png) and [[Wiki Note|label]].

            ## Parts

            1. first
               - nested item
                 - deeper item
            2. second

            | Area | Status |
            |---|---|
            | cache | Done |

            ```java
            int x = 1; // [not](a-link.md)
            ```

            > quoted `code`
            """;

    private static byte[] written(Object... values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        CodecWriter writer = new CodecWriter(out);
        for (Object value : values) {
            writer.write(value);
        }
        out.flush();
        return bytes.toByteArray();
    }

    private static CodecReader reader(byte[] bytes) {
        return new CodecReader(new DataInputStream(new ByteArrayInputStream(bytes)));
    }

    @Test
    void stringsOfEveryWidthComeBackEqual() throws IOException {
        List<String> texts = List.of("", "ascii", "caf\u00e9", "\u7f13\u5b58 cache", "emoji \ud83d\ude80 end",
                "x".repeat(70_000) + "\u00e9");
        CodecReader reader = reader(written(texts, "last"));
        assertEquals(texts, reader.read());
        assertEquals("last", reader.read());
    }

    @Test
    void aParsedNoteAndItsIndexEntryComeBackEqual() throws IOException {
        Note note = new NoteParser().parse("series/01_caching.md", RICH_NOTE.getBytes(StandardCharsets.UTF_8));
        assertTrue(note.frontMatter() != null && !note.sections().isEmpty() && !note.links().isEmpty());
        // a chapter's entry also says which of its series' terms it holds
        NoteSummary indexed = NoteSummary.of(note).withTerms(java.util.Map.of("literal:persist", true, "words:ssr", false));
        CodecReader reader = reader(written(note, indexed, note));
        assertEquals(note, reader.read());
        assertEquals(indexed, reader.read());
        assertEquals(note, reader.read()); // the second time the types are referred to by number
    }

    @Test
    void onlyRecordsAndEnumsOfTheModelCanBeWritten() {
        assertThrows(IOException.class, () -> written(new Object()));
        assertThrows(IOException.class, () -> written(java.nio.file.Path.of("a.md")));
        assertThrows(IOException.class, () -> written(List.of(java.time.LocalDate.of(2026, 1, 2))));
    }

    @Test
    void aTypeOutsideTheModelOrNotARecordIsNeverBuilt() throws IOException {
        for (String name : List.of("PathNames", "..engine.Engine", "NoSuchType", "Heading$Missing")) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            out.writeByte(8); // a record
            out.writeInt(-1); // of a type named here
            byte[] utf8 = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(utf8.length); // its name: length-prefixed UTF-8
            out.write(utf8);
            out.flush();
            assertThrows(IOException.class, () -> reader(bytes.toByteArray()).read(), name);
        }
    }

    @Test
    void damagedInputIsAnIOExceptionNeverAnotherFailure() throws IOException {
        byte[] whole = written(new Heading(2, "Parts", 3, 1), List.of("a", "b"));
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] truncated = java.util.Arrays.copyOf(whole, cut);
            assertThrows(IOException.class, () -> {
                CodecReader reader = reader(truncated);
                reader.read();
                reader.read();
            });
        }
        for (int i = 0; i < whole.length; i++) {
            byte[] flipped = whole.clone();
            flipped[i] ^= 0x5a;
            try {
                CodecReader reader = reader(flipped);
                reader.read();
                reader.read();
            } catch (IOException expected) {
                // a damaged byte may also go unnoticed when it lands inside a string; it must never throw otherwise
            }
        }
    }

    @Test
    void aValueNestedTooDeeplyIsWrittenAsNullAndTheStreamStaysReadable() throws IOException {
        Object deep = "leaf";
        for (int i = 0; i < 300; i++) {
            deep = List.of(deep);
        }
        Heading after = new Heading(1, "After", 9, 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        CodecWriter writer = new CodecWriter(out);
        writer.writeOrNull(List.of(new Heading(1, "Inside the deep value", 1, 1), deep));
        writer.write(after);
        out.flush();
        CodecReader reader = reader(bytes.toByteArray());
        assertNull(reader.read());
        assertEquals(after, reader.read());
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void whatAListOrMapHoldsMustBeOfItsDeclaredType() throws IOException {
        // the constructors accept these (generics are erased), so only the reader can refuse them
        NoteSummary wrongH2 = new NoteSummary("a.md", java.util.Set.of(), (List) List.of(7), List.of(),
                io.github.backendnotes.model.Suppressions.NONE, java.util.Map.of());
        assertThrows(IOException.class, () -> reader(written(wrongH2)).read());
        io.github.backendnotes.model.FrontMatter wrongFields =
                new io.github.backendnotes.model.FrontMatter((java.util.Map) java.util.Map.of("title", 7), 1, 3);
        assertThrows(IOException.class, () -> reader(written(wrongFields)).read());
    }
}

