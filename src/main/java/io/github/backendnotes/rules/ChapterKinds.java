package io.github.backendnotes.rules;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Rubric;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Decides which chapter kind of its rubric a chapter is: the kind whose required headings it matches best. */
public final class ChapterKinds {

    /**
     * @param present how many of the kind's required headings the chapter has
     * @param poor    true when fewer than half are present: the kind is assumed, not recognised
     */
    public record Match(ChapterKind kind, int present, boolean poor) {
        public int required() {
            return kind.headings().size();
        }
    }

    private ChapterKinds() {
    }

    /** The H2 headings of a note, trimmed, in document order. */
    public static List<Heading> h2(Note note) {
        return note.headings().stream().filter(h -> h.level() == 2).toList();
    }

    /** Empty when the rubric defines no chapter kind. Ties go to the kind the rubric lists first. */
    public static Optional<Match> match(Rubric rubric, Note note) {
        return match(rubric, h2(note).stream().map(Heading::text).toList());
    }

    /** The same, from the H2 headings' texts alone (as the compact index keeps them). */
    public static Optional<Match> match(Rubric rubric, List<String> h2Texts) {
        Set<String> titles = Set.copyOf(h2Texts);
        Match best = null;
        for (ChapterKind kind : rubric.kinds()) {
            int present = (int) kind.headingTexts().stream().filter(titles::contains).count();
            if (best == null || better(present, kind, best)) {
                best = new Match(kind, present, 2 * present < kind.headings().size());
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean better(int present, ChapterKind kind, Match best) {
        if (present != best.present()) {
            return present > best.present();
        }
        // same count: the kind of which a larger share is present fits better
        return (long) present * best.required() > (long) best.present() * kind.headings().size();
    }
}
