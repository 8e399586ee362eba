package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.SectionView;

/**
 * Base of the rules that check one kind of per-section minimum of the chapter's kind. A section that is
 * absent is left to {@code structure.missing-heading}. Each rule also owns its clause grammar: its
 * {@code FORM} (the {@link io.github.backendnotes.model.ClauseForm} reading its rubric phrases, listed in
 * {@code RuleCatalog.clauseForms()}) and the record of its check.
 */
abstract class SectionRule<T extends SectionRequirement.Check> extends NoteRule {

    private final Class<T> checkType;

    SectionRule(String id, Severity severity, String description, Class<T> checkType) {
        super(id, severity, description);
        this.checkType = checkType;
    }

    @Override
    public final void check(Note note, NoteContext context, Findings out) {
        ChapterContext chapter = context.chapter();
        if (chapter == null) {
            return;
        }
        context.kindOf(note).ifPresent(match -> {
            for (SectionRequirement requirement : match.kind().requirements()) {
                if (checkType.isInstance(requirement.check())) {
                    SectionView.find(note, requirement.heading()).ifPresent(view -> {
                        String problem = problem(view, checkType.cast(requirement.check()), chapter);
                        if (problem != null) {
                            out.report(this, view.firstLine(), 1, "section '" + view.title() + "' " + problem
                                    + "; rubric: " + requirement.rubricText());
                        }
                    });
                }
            }
        });
    }

    /** What the section lacks, phrased to follow "section 'X' ", or null when it meets the minimum. */
    abstract String problem(SectionView section, T check);

    /** The same, for a rule that also reads the series (its rubric, its configuration). */
    String problem(SectionView section, T check, ChapterContext chapter) {
        return problem(section, check);
    }

    /** A checklist line restates a minimum of {@code number} when it names the number and adds no "且" condition. */
    static boolean restatesNumber(String checklistLine, int number) {
        return checklistLine.matches(".*\\b" + number + "\\b.*") && !checklistLine.contains("且");
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
