package io.github.backendnotes.model;

import java.util.List;

/**
 * One chapter kind of a rubric ("Comprehensive Teaching Chapter", "Troubleshooting Guide", …): its
 * required H2 headings in order, and the minimums the rubric states per heading.
 *
 * @param name     the kind's name as the rubric writes it; {@code ""} when the rubric has a single unnamed kind
 * @param headings required H2 headings in the required order; empty when the rubric names none
 */
public record ChapterKind(String name, List<RequiredHeading> headings, List<SectionRequirement> requirements, int line) {

    public ChapterKind {
        headings = List.copyOf(headings);
        requirements = List.copyOf(requirements);
    }

    /** A required heading and the rubric line that names it. */
    public record RequiredHeading(String text, int line) {
    }

    public List<String> headingTexts() {
        return headings.stream().map(RequiredHeading::text).toList();
    }

    /** How the kind reads in messages. */
    public String label() {
        return name.isEmpty() ? "chapter" : name;
    }
}
