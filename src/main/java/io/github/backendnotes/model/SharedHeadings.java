package io.github.backendnotes.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The H2 headings met in one run, each text with its slug, shared by every index entry that has it. A rubric
 * makes every chapter of a series repeat the same H2 headings: shared, their texts and slugs are held once
 * instead of once per chapter, and each slug is worked out once. Safe for the workers to use together.
 */
public final class SharedHeadings {

    /** A heading's text and its slug, both as first met. */
    public record Shared(String text, String slug) {
    }

    private final Map<String, Shared> byText = new ConcurrentHashMap<>();

    public Shared of(String text) {
        Shared shared = byText.get(text);
        return shared != null ? shared : byText.computeIfAbsent(text, first -> new Shared(first, Slugs.slug(first)));
    }
}
