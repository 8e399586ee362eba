package io.github.backendnotes.model;

import java.util.List;

/**
 * What a rubric's "Code Snippet Standards" (and its per-section lines) require of code blocks.
 *
 * @param languageTagRequired every fenced code block names its language
 * @param placeholderNames    identifiers the rubric forbids ("no foo/bar")
 * @param checks              the standards a code form read, each with its rubric line (the heading is empty)
 */
public record CodeStandards(boolean languageTagRequired, List<String> placeholderNames, List<SectionRequirement> checks) {

    public static final CodeStandards NONE = new CodeStandards(false, List.of());

    public CodeStandards {
        placeholderNames = List.copyOf(placeholderNames);
        checks = List.copyOf(checks);
    }

    public CodeStandards(boolean languageTagRequired, List<String> placeholderNames) {
        this(languageTagRequired, placeholderNames, List.of());
    }
}
