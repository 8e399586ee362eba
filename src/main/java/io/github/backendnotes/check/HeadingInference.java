package io.github.backendnotes.check;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Rubric.RubricLine;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.VaultSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Completes a chapter contract stated in prose with the headings it counts but does not name ("must have 9 fixed
 * headings" with eight named): the H2 headings that most of the series' chapters of that kind share, most shared
 * first. It reads the chapters' H2 texts from the compact index, after the per-file pass, so each note is still
 * parsed once; the rubric lines then say which headings were inferred and from how many chapters.
 */
public final class HeadingInference {

    private HeadingInference() {
    }

    /** The series with its rubric's unnamed headings inferred; the series itself when there are none to infer. */
    public static Series complete(Series series, VaultSummary index) {
        Rubric rubric = series.rubric();
        if (rubric.kinds().stream().noneMatch(k -> k.unnamed() > 0)) {
            return series;
        }
        List<ChapterKind> kinds = new ArrayList<>();
        List<RubricLine> enforced = new ArrayList<>(rubric.enforced());
        List<RubricLine> notChecked = new ArrayList<>(rubric.notChecked());
        for (ChapterKind kind : rubric.kinds()) {
            if (kind.unnamed() <= 0) {
                kinds.add(kind);
                continue;
            }
            List<List<String>> chapters = chaptersOf(series, rubric, kind, index);
            List<ChapterKind.RequiredHeading> inferred = infer(kind, chapters);
            for (ChapterKind.RequiredHeading heading : inferred) {
                enforced.add(new RubricLine(kind.line(), kind.label() + " contract: heading '" + heading.text()
                        + "' inferred from the chapters (" + heading.agreeing() + " of " + heading.chapters() + " have it)"));
            }
            if (inferred.size() < kind.unnamed()) {
                notChecked.add(new RubricLine(kind.line(), kind.label() + " contract: " + (kind.unnamed() - inferred.size())
                        + " counted heading(s) neither named nor shared by most of the " + chapters.size() + " chapters",
                        Rubric.Reason.NOT_YET_READ));
            }
            kinds.add(kind.withInferred(inferred));
        }
        enforced.sort(Comparator.comparingInt(RubricLine::line));
        notChecked.sort(Comparator.comparingInt(RubricLine::line));
        Rubric completed = new Rubric(rubric.file(), rubric.scope(), rubric.scopeRanges(), rubric.fields(), kinds,
                rubric.code(), enforced, notChecked, rubric.vocabulary(), rubric.seriesChecks());
        return new Series(series.name(), series.dir(), series.readme(), completed, series.chapters(), series.numbered(),
                series.folders(), series.matrix());
    }

    /** The H2 texts of the series' chapters that are of this kind (all of them when the rubric has one kind). */
    private static List<List<String>> chaptersOf(Series series, Rubric rubric, ChapterKind kind, VaultSummary index) {
        List<List<String>> chapters = new ArrayList<>();
        for (String path : series.chapters()) {
            NoteSummary note = index.note(path);
            if (note != null && (rubric.kinds().size() == 1
                    || ChapterKinds.match(rubric, note.h2()).map(m -> m.kind() == kind).orElse(false))) {
                chapters.add(note.h2());
            }
        }
        return chapters;
    }

    /** The headings more than half the chapters have, besides the named ones, most shared first, up to the count. */
    static List<ChapterKind.RequiredHeading> infer(ChapterKind kind, List<List<String>> chapters) {
        Map<String, Integer> shared = new LinkedHashMap<>();
        for (List<String> h2 : chapters) {
            Set<String> distinct = new LinkedHashSet<>(h2);
            for (String text : distinct) {
                if (kind.headingTexts().stream().noneMatch(named -> ChapterKinds.isHeading(text, named))) {
                    shared.merge(text, 1, Integer::sum);
                }
            }
        }
        List<ChapterKind.RequiredHeading> inferred = new ArrayList<>();
        shared.entrySet().stream()
                .filter(e -> 2 * e.getValue() > chapters.size())
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(kind.unnamed())
                .forEach(e -> inferred.add(new ChapterKind.RequiredHeading(e.getKey(), kind.line(), e.getValue(),
                        chapters.size())));
        return inferred;
    }
}
