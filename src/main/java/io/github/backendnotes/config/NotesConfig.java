package io.github.backendnotes.config;

import io.github.backendnotes.links.LinkResolution;
import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.model.SnippetSettings;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code .backend-notes.yml}: severity overrides, extra excludes, and per-series additions for
 * rubrics written in prose the parser cannot read.
 *
 * @param rules    by rule id or category; an empty optional is {@code off}
 * @param series   by series name (its folder's name) or folder path
 * @param linkResolution {@code links.resolution}: whose rules resolve links; null to choose by the notes root
 * @param vocabulary     terms that mention a language or system, by its name, added to the default ones
 *                       ({@code vocabulary: {Go: [goroutine]}})
 * @param snippets       the {@code snippets:} section: whether and how the chapters' programs are run
 */
public record NotesConfig(String file, Map<String, Optional<Severity>> rules, List<String> excludes,
                          Map<String, SeriesAdditions> series, LinkResolution linkResolution,
                          Map<String, List<String>> vocabulary, SnippetSettings snippets) {

    public static final NotesConfig EMPTY = new NotesConfig(null, Map.of(), List.of(), Map.of());

    public NotesConfig {
        rules = Map.copyOf(rules);
        excludes = List.copyOf(excludes);
        series = Map.copyOf(series);
        vocabulary = Map.copyOf(vocabulary);
        snippets = snippets == null ? SnippetSettings.DEFAULTS : snippets;
    }

    public NotesConfig(String file, Map<String, Optional<Severity>> rules, List<String> excludes,
                       Map<String, SeriesAdditions> series) {
        this(file, rules, excludes, series, null, Map.of(), SnippetSettings.DEFAULTS);
    }

    /**
     * What the configuration adds to a series' rubric: front-matter fields and chapter kinds.
     *
     * @param line   where the series is named in the configuration file, for a finding when no series has that name
     * @param column likewise
     */
    public record SeriesAdditions(List<FieldRequirement> fields, List<ChapterKind> kinds, int line, int column) {
        public SeriesAdditions {
            fields = List.copyOf(fields);
            kinds = List.copyOf(kinds);
        }

        public SeriesAdditions(List<FieldRequirement> fields, List<ChapterKind> kinds) {
            this(fields, kinds, 0, 0);
        }
    }
}
