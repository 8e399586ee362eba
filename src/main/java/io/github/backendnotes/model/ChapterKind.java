package io.github.backendnotes.model;

import java.util.List;

/**
 * One chapter kind of a rubric ("Comprehensive Teaching Chapter", "Troubleshooting Guide", …): its
 * required H2 headings in order, and the minimums the rubric states per heading.
 *
 * @param name     the kind's name as the rubric writes it; {@code ""} when the rubric has a single unnamed kind
 * @param headings required H2 headings, in the required order when {@code ordered}; empty when the rubric names none
 * @param ordered  whether the rubric gives the headings' order (an ordered list); a contract stated in prose
 *                 ("must have 9 fixed headings" and a bullet per heading) gives none
 * @param unnamed  how many more fixed headings the rubric counts than it names: the headings most of the series'
 *                 chapters share stand for them, once the chapters are read (see {@code check.HeadingInference})
 */
public record ChapterKind(String name, List<RequiredHeading> headings, List<SectionRequirement> requirements, int line,
                          boolean ordered, int unnamed) {

    public ChapterKind {
        headings = List.copyOf(headings);
        requirements = List.copyOf(requirements);
    }

    /** A kind whose headings the rubric lists in order, naming them all. */
    public ChapterKind(String name, List<RequiredHeading> headings, List<SectionRequirement> requirements, int line) {
        this(name, headings, requirements, line, true, 0);
    }

    /**
     * A required heading and the rubric line that names it.
     *
     * @param agreeing for a heading inferred from the chapters, how many of them have it; 0 when the rubric names it
     * @param chapters for an inferred heading, how many chapters it was inferred from
     */
    public record RequiredHeading(String text, int line, int agreeing, int chapters) {
        public RequiredHeading(String text, int line) {
            this(text, line, 0, 0);
        }

        public boolean inferred() {
            return chapters > 0;
        }
    }

    /** This kind with more required headings, inferred from the chapters; none left to infer. */
    public ChapterKind withInferred(List<RequiredHeading> inferred) {
        List<RequiredHeading> all = new java.util.ArrayList<>(headings);
        all.addAll(inferred);
        return new ChapterKind(name, all, requirements, line, ordered, 0);
    }

    public List<String> headingTexts() {
        return headings.stream().map(RequiredHeading::text).toList();
    }

    /** How the kind reads in messages. */
    public String label() {
        return name.isEmpty() ? "chapter" : name;
    }
}
