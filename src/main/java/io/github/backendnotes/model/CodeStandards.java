package io.github.backendnotes.model;

import java.util.List;

/**
 * What a rubric's "Code Snippet Standards" (and its per-section lines) require of code blocks.
 *
 * @param languageTagRequired every fenced code block names its language
 * @param placeholderNames    identifiers the rubric forbids ("no foo/bar")
 */
public record CodeStandards(boolean languageTagRequired, List<String> placeholderNames) {

    public static final CodeStandards NONE = new CodeStandards(false, List.of());

    public CodeStandards {
        placeholderNames = List.copyOf(placeholderNames);
    }
}
