package io.github.backendnotes.model;

/**
 * A minimum the rubric states for one section, read from one clause of a rubric line.
 *
 * @param heading    the section's heading text
 * @param check      what the section must contain; its record belongs to the rule that enforces it
 * @param rubricText the rubric line, quoted in messages
 */
public record SectionRequirement(String heading, Check check, String rubricText, int line) {

    /**
     * What the section must contain, as read by a {@link ClauseForm}. Each form's record lives with the section
     * rule that checks it, so the set of checks is open.
     */
    public interface Check {

        /**
         * Whether a "Review Checklist" line restates this minimum (its number, or the thing it asks for), so the
         * checklist line counts as enforced by the section checks.
         */
        default boolean restatedBy(String checklistLine) {
            return false;
        }
    }

    /**
     * A check on every code block of a chapter, read from a "Code Snippet Standards" line rather than from a
     * section's: its form reads a whole line, and only the code standards are read with it.
     */
    public interface CodeCheck extends Check {
    }

    /**
     * A requirement on the chapters of a series taken together ("middleware 章節需覆蓋：`persist`, …"), read from a
     * section the chapter contract does not hold. Each chapter is looked at once, in the per-note pass, for the terms
     * the check names; a cross-file rule then reads what was found from the notes' index entries.
     */
    public interface SeriesCheck extends Check {

        /** For each term the check names (by its key), whether {@code note} holds it. */
        java.util.Map<String, Boolean> termsIn(Note note);

        /** How the line was read, as the enforced line in report.json names it (which term is literal, which words). */
        String reading();
    }
}
