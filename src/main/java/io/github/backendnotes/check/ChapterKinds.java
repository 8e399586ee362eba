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
                present += hasHeading(titles, heading.text()) ? 1 : 0;
            }
            if (best == null || better(present, kind, best)) {
                best = new Match(kind, present, 2 * present < kind.headings().size());
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether one of the titles is the required heading; a loop, as this runs for every chapter and kind. */
    private static boolean hasHeading(Set<String> titles, String required) {
        for (String title : titles) {
            if (isHeading(title, required)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether an H2's text is the required heading: the same text, or the text followed by a suffix after a space or
     * a parenthesis ("Further Reading (official links only)" is "Further Reading").
     */
    public static boolean isHeading(String h2Text, String required) {
        if (!h2Text.startsWith(required) || required.isEmpty()) {
            return false;
        }
        if (h2Text.length() == required.length()) {
            return true;
        }
        char next = h2Text.charAt(required.length());
        return Character.isWhitespace(next) || next == '(' || next == '（' || next == '—' || next == '：' || next == ':';
    }

    /** The first H2 that is the required heading, or null. */
    public static Heading first(List<Heading> h2, String required) {
        Heading exact = null;
        for (Heading heading : h2) {
            if (heading.text().equals(required)) {
                return heading;
            }
            if (exact == null && isHeading(heading.text(), required)) {
                exact = heading;
            }
        }
        return exact;
    }

    /** The index in {@code required} of the heading an H2 is, or -1; the same text wins over a suffixed one. */
    public static int indexOf(List<String> required, String h2Text) {
        int exact = required.indexOf(h2Text);
        if (exact >= 0) {
            return exact;
        }
        for (int i = 0; i < required.size(); i++) {
            if (isHeading(h2Text, required.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean better(int present, ChapterKind kind, Match best) {
        if (present != best.present()) {
            return present > best.present();
        }
        // same count: the kind of which a larger share is present fits better
        return (long) present * best.required() > (long) best.present() * kind.headings().size();
    }
}
