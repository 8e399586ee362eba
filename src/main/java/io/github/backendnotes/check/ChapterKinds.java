package io.github.backendnotes.check;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.Heading;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
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
        List<Heading> h2 = new ArrayList<>();
        for (Heading heading : note.headings()) {
            if (heading.level() == 2) {
                h2.add(heading);
            }
        }
        return Collections.unmodifiableList(h2);
    }

    /** Empty when the rubric defines no chapter kind. Ties go to the kind the rubric lists first. */
    public static Optional<Match> match(Rubric rubric, Note note) {
        Set<String> titles = new HashSet<>();
        for (Heading heading : note.headings()) {
            if (heading.level() == 2) {
                titles.add(heading.text());
            }
        }
        return match(rubric, titles);
    }

    /** The same, from the H2 headings' texts alone (as the compact index keeps them). */
    public static Optional<Match> match(Rubric rubric, List<String> h2Texts) {
        return match(rubric, new HashSet<>(h2Texts));
    }

    private static Optional<Match> match(Rubric rubric, Set<String> titles) {
        Match best = null;
        for (ChapterKind kind : rubric.kinds()) {
            int present = 0;
            for (ChapterKind.RequiredHeading heading : kind.headings()) {
                present += titles.contains(heading.text()) ? 1 : 0;
            }
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
