package io.github.backendnotes.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run needs, independent of Maven.
 *
 * @param notesDirectory root of the notes tree; reported paths are relative to it
 * @param excludes       globs over paths relative to the root ({@code 00_system/**}, {@code **}{@code /draft_*.md})
 * @param threads        workers for per-file checks; at least 1
 */
public record VerifyRequest(Path notesDirectory, List<String> excludes, int threads) {

    public VerifyRequest {
        Objects.requireNonNull(notesDirectory, "notesDirectory");
        excludes = List.copyOf(excludes);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public static VerifyRequest of(Path notesDirectory, List<String> excludes) {
        return new VerifyRequest(notesDirectory, excludes, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
}
