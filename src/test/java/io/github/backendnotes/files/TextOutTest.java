package io.github.backendnotes.files;

import io.github.backendnotes.RandomTexts;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextOutTest {

    @Test
    void textWrittenAPieceAtATimeIsTheTextInUtf8WhereverThePiecesEnd() throws IOException {
        // a pair of surrogates, each half alone, CJK, ASCII
        for (String text : RandomTexts.of(31, 3_000, 20, "😀", "\uD83D", "\uDE00", "意圖", "a", "\n", "é")) {
            for (int piece = 1; piece <= 7; piece++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new TextOut(out, piece).write(t -> {
                    // one character, then runs of three, as the renderers append
                    t.append(text, 0, Math.min(1, text.length()));
                    for (int i = 1; i < text.length(); i += 3) {
                        t.append(text, i, Math.min(text.length(), i + 3));
                    }
                });
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray(), text);
            }
        }
    }

    @Test
    void theStreamReceivesPiecesWhileTheTextIsWrittenNotOnlyAtTheEnd() throws IOException {
        WriteSizes counting = new WriteSizes();
        List<Integer> seenWhileWriting = new ArrayList<>();
        TextOut.write(counting, out -> {
            for (int i = 0; i < 30_000; i++) {
                out.append("finding ").append(i).append('\n');
            }
            seenWhileWriting.add(counting.sizes().size());
        });
        assertTrue(seenWhileWriting.get(0) >= 2, "pieces written before the end: " + seenWhileWriting);
        assertTrue(counting.sizes().stream().allMatch(len -> len <= TextOut.PIECE + 16), counting.sizes()::toString);
    }

    @Test
    void aFailedWriteIsTheStreamsIoException() {
        IOException full = new IOException("No space left on device");
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw full;
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw full;
            }
        };
        IOException thrown = assertThrows(IOException.class,
                () -> TextOut.write(failing, out -> out.append("x".repeat(3 * TextOut.PIECE))));
        assertSame(full, thrown);
    }

    @Test
    void textInMemoryIsItsString() {
        assertEquals("a-1b", TextOut.text(out -> out.append('a').append(-1).append("xbx", 1, 2)));
        assertThrows(IllegalStateException.class, () -> TextOut.write(new ByteArrayOutputStream(), TextOut::toString));
    }
}
