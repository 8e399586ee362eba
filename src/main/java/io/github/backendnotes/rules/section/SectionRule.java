package io.github.backendnotes.rules.section;

import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.SectionRequirement;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.CompiledPatterns;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.SectionView;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Base of the rules that check one kind of per-section minimum of the chapter's kind. A section that is
 * absent is left to {@code structure.missing-heading}. Each rule also owns its clause grammar: its
 * {@code FORM} (the {@link io.github.backendnotes.model.ClauseForm} reading its rubric phrases, listed in
 * {@code RuleCatalog.clauseForms()}) and the record of its check.
 */
abstract class SectionRule<T extends SectionRequirement.Check> extends NoteRule {

    /** Where a checklist part turns from its subject to what it asks for ("Problem 含…", "核心概念有…"). */
    private static final Pattern OBJECT_VERB = Pattern.compile("[含有]");
    /** A pair the rubric quotes: "「何時用 / 何時不用」". */
    private static final Pattern PAIR = Pattern.compile("「([^「」/\\s]+)\\s*/\\s*([^「」/\\s]+)」");

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

    // the rubric's lines are read against every clause form: these patterns are compiled once, not per line
    private static final CompiledPatterns<Integer> NUMBER_NAMED = new CompiledPatterns<>(number -> Pattern.compile(
            ".*\\b" + number + "\\b.*"));
    private static final Pattern PARENTHESIS = Pattern.compile("（[^）]*）|\\([^)]*\\)");
    private static final Pattern FINAL_STOP = Pattern.compile("[。.]$");

    /** A checklist line restates a minimum of {@code number} when it names the number and adds no "且" condition. */
    static boolean restatesNumber(String checklistLine, int number) {
        return NUMBER_NAMED.of(number).matcher(checklistLine).matches() && !checklistLine.contains("且");
    }

    /**
     * A checklist part restates a minimum by naming what it counts: the words after its first 含 / 有 ("Problem
     * 含具體生產場景") appear, in order, in the minimum's description ("至少 1 個具體生產場景"); only letters and CJK
     * characters are compared, and at least three of them must be named.
     */
    static boolean restatesObject(String checklistPart, String what) {
        if (what.isEmpty()) {
            return false;
        }
        if (restatesPair(checklistPart, what)) {
            return true;
        }
        Matcher verb = OBJECT_VERB.matcher(checklistPart);
        int from = verb.find() ? verb.start() : -1;
        String object = letters(from < 0 ? checklistPart : checklistPart.substring(from + 1));
        String described = letters(what);
        if (object.codePointCount(0, object.length()) < 3) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < object.length() && at >= 0; i++) {
            at = described.indexOf(object.charAt(i), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0;
    }

    /**
     * The part names the pair the minimum counts, without the words both halves share: "用 / 不用" of
     * "「何時用 / 何時不用」對照".
     */
    private static boolean restatesPair(String checklistPart, String what) {
        Matcher pair = PAIR.matcher(what);
        if (!pair.find()) {
            return false;
        }
        String first = pair.group(1);
        String second = pair.group(2);
        int shared = 0;
        while (shared < Math.min(first.length(), second.length()) - 1 && first.charAt(shared) == second.charAt(shared)) {
            shared++;
        }
        String named = first.substring(shared) + "/" + second.substring(shared);
        return named.length() >= 3 && checklistPart.replace(" ", "").contains(named);
    }

    /** The description a count is given with, when it names more than a unit: at least three letters or CJK characters. */
    static String described(String rest) {
        String clean = FINAL_STOP.matcher(PARENTHESIS.matcher(rest).replaceAll("")).replaceAll("").trim();
        return letters(clean).length() >= 3 ? clean : "";
    }

    private static String letters(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int letter = text.codePointAt(i);
            if (Character.isLetter(letter)) {
                out.appendCodePoint(Character.toLowerCase(letter));
            }
            i += Character.charCount(letter);
        }
        return out.toString();
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
