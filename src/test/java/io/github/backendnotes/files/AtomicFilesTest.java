package io.github.backendnotes.files;

import io.github.backendnotes.RandomTexts;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aTextWrittenAPieceAtATimeIsTheTextInUtf8WhereverThePiecesEnd() throws IOException {
        // a pair of surrogates, each half alone, CJK, ASCII
        for (String text : RandomTexts.of(31, 3_000, 20, "😀", "\uD83D", "\uDE00", "意圖", "a", "\n", "é")) {
            for (int chunk = 1; chunk <= 7; chunk++) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                AtomicFiles.writeUtf8(text, out, chunk);
                assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), out.toByteArray(), text);
            }
        }
    }

    @Test
    void aReportOfSeveralPiecesIsWrittenWhole() throws IOException {
        String text = "意😀x".repeat(AtomicFiles.CHUNK);
        Path report = folder.resolve("out/report.json");
        AtomicFiles.writeString(report, text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(report));
    }
}
