package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.VaultRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Base of the rules that compare a series README with the series' files. */
abstract class ReadmeRule extends VaultRule {

    ReadmeRule(String id, Severity severity, String description) {
        super(id, severity, description);
    }

    @Override
    public final void check(VaultContext vault, Findings out) {
        for (Series series : vault.series()) {
            SeriesReadme readme = vault.readmes().get(series.dir());
            if (readme != null) {
                check(vault, series, readme, out);
            }
        }
    }

    abstract void check(VaultContext vault, Series series, SeriesReadme readme, Findings out);

    /** The ids of the series' chapters, in rubric order. */
    static List<String> chapterIds(Series series) {
        List<String> ids = new ArrayList<>();
        for (String chapter : series.chapters()) {
            String id = Series.chapterId(chapter);
            if (!id.isEmpty() && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /** A batch or a priority group, by the name messages use for it. */
    record Group(String name, List<SeriesReadme.ChapterId> ids, int line) {
    }

    static List<Group> batches(SeriesReadme readme) {
        return readme.batches().stream().map(b -> new Group("Batch " + b.number(), b.ids(), b.line())).toList();
    }

    static List<Group> priorities(SeriesReadme readme) {
        return readme.priorities().stream().map(p -> new Group(p.label(), p.ids(), p.line())).toList();
    }

    /** Each chapter in exactly one group: reports chapters in none (at the section heading) and in several. */
    void exactlyOnce(Series series, SeriesReadme readme, List<Group> groups, int headingLine, String what,
                     Findings out) {
        Map<String, String> firstGroup = new LinkedHashMap<>();
        List<String> chapters = chapterIds(series);
        Map<String, String> files = VaultContext.chapterIds(series);
        for (Group group : groups) {
            for (SeriesReadme.ChapterId id : group.ids()) {
                if (!chapters.contains(id.id())) {
                    continue;
                }
                String first = firstGroup.putIfAbsent(id.id(), group.name());
                if (first != null) {
                    out.report(this, readme.file(), series.name(), id.line(), id.column(), "chapter '" + id.id()
                            + "' is in " + first + " and again in " + group.name() + "; each chapter belongs to one " + what,
                            List.of(files.get(id.id())));
                }
            }
        }
        for (String chapter : chapters) {
            if (!firstGroup.containsKey(chapter)) {
                String file = files.get(chapter);
                out.report(this, readme.file(), series.name(), headingLine, 1, "chapter '" + chapter + "' ("
                        + relative(series, file) + ") is in no " + what, List.of(file));
            }
        }
    }

    static String relative(Series series, String path) {
        return series.dir().isEmpty() || path == null ? String.valueOf(path) : path.substring(series.dir().length() + 1);
    }
}
