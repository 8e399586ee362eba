package io.github.backendnotes.config;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code .backend-notes.yml}: severity overrides, extra excludes, and per-series additions for
 * rubrics written in prose the parser cannot read.
 *
 * @param rules    by rule id or category; an empty optional is {@code off}
 * @param series   by series name (its folder's name) or folder path
 * @param vocabulary terms that mention a language or system, by its name, added to the default ones
 *                   ({@code vocabulary: {Go: [goroutine]}})
 */
public record NotesConfig(String file, Map<String, Optional<Severity>> rules, List<String> excludes,
                          Map<String, SeriesAdditions> series, Map<String, List<String>> vocabulary) {

    public static final NotesConfig EMPTY = new NotesConfig(null, Map.of(), List.of(), Map.of());

    public NotesConfig {
        rules = Map.copyOf(rules);
        excludes = List.copyOf(excludes);
        series = Map.copyOf(series);
        vocabulary = Map.copyOf(vocabulary);
    }

    public NotesConfig(String file, Map<String, Optional<Severity>> rules, List<String> excludes,
                       Map<String, SeriesAdditions> series) {
        this(file, rules, excludes, series, Map.of());
    }

    /** What the configuration adds to a series' rubric: front-matter fields and chapter kinds. */
    public record SeriesAdditions(List<FieldRequirement> fields, List<ChapterKind> kinds) {
        public SeriesAdditions {
            fields = List.copyOf(fields);
            kinds = List.copyOf(kinds);
        }
    }
}
