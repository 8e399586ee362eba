package io.github.backendnotes.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Everything a run needs, independent of Maven.
 *
 * @param notesDirectory root of the notes tree; reported paths are relative to it
 * @param excludes       globs over paths relative to the root ({@code 00_system/**}, {@code **}{@code /draft_*.md})
 * @param templates      globs of notes that are templates or prompts: parsed and link-checked, but exempt from
 *                       the property dictionary, the naming rules and the orphan and INDEX checks
 * @param dictionary     the property dictionary, relative to the root or absolute; {@code null} for the default
 *                       {@value #DEFAULT_DICTIONARY} at the root, when it exists
 * @param threads        workers for per-file checks; at least 1
 */
public record VerifyRequest(Path notesDirectory, List<String> excludes, List<String> templates, String dictionary,
                            int threads) {

    public static final String DEFAULT_DICTIONARY = "Property Dictionary.md";
    public static final List<String> DEFAULT_TEMPLATES = List.of("**/templates/**", "**/prompts/**");

    public VerifyRequest {
        Objects.requireNonNull(notesDirectory, "notesDirectory");
        excludes = List.copyOf(excludes);
        templates = List.copyOf(templates);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    public VerifyRequest(Path notesDirectory, List<String> excludes, int threads) {
        this(notesDirectory, excludes, DEFAULT_TEMPLATES, null, threads);
    }

    public static VerifyRequest of(Path notesDirectory, List<String> excludes) {
        return new VerifyRequest(notesDirectory, excludes, Math.max(1, Runtime.getRuntime().availableProcessors()));
    }

    public VerifyRequest withTemplates(List<String> globs) {
        return new VerifyRequest(notesDirectory, excludes, globs, dictionary, threads);
    }

    public VerifyRequest withDictionary(String path) {
        return new VerifyRequest(notesDirectory, excludes, templates, path, threads);
    }
}
