package io.github.backendnotes.files;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class AtomicFilesTest {

    @TempDir
    Path folder;

    @Test
    void aReportOfSeveralPiecesIsWrittenWhole() throws IOException {
        String text = "意😀x".repeat(TextOut.PIECE);
        Path report = folder.resolve("out/report.json");
        AtomicFiles.writeString(report, text);
        assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(report));
    }
}
