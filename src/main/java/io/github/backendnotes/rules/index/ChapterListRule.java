package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.LinkResolver;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The README's "Chapters" list names every chapter once, by its file name, with the priority its Reading
 * Priority gives it. An entry whose link does not resolve is {@code links.broken}'s finding.
 */
public final class ChapterListRule extends ReadmeRule {

    public ChapterListRule() {
        super("index.chapter-list", Severity.ERROR,
                "The README's Chapters list names every chapter once, by its file name, with its reading-priority label.");
    }

    @Override
    void check(VaultContext vault, Series series, SeriesReadme readme, Findings out) {
        if (readme.chapterHeadingLine() == 0) {
            return;
        }
        LinkResolver resolver = new LinkResolver(vault.index());
        Map<String, String> files = VaultContext.chapterIds(series);
        Set<String> seriesFiles = new HashSet<>(files.values());
        Map<String, Integer> listed = new HashMap<>();
        for (SeriesReadme.ChapterEntry entry : readme.chapters()) {
            LinkResolver.Resolution resolution = resolver.resolve(readme.file(),
                    new Link(Link.Kind.MARKDOWN, entry.target(), entry.name(), entry.line(), 1));
            String path = resolution.target();
            if (resolution.outcome() != LinkResolver.Outcome.RESOLVED || !seriesFiles.contains(path)) {
                continue;
            }
            Integer first = listed.putIfAbsent(path, entry.line());
            if (first != null) {
                out.report(this, readme.file(), series.name(), entry.line(), 1, "'" + entry.target()
                        + "' is listed again (first on line " + first + ")", List.of(path));
                continue;
            }
            if (!namesFile(entry.name(), path)) {
                out.report(this, readme.file(), series.name(), entry.line(), 1, "entry '" + entry.name()
                        + "' links to '" + entry.target() + "'; its name should be the file's, '" + stem(path) + "'",
                        List.of(path));
            }
            expectedPriority(readme, Series.chapterId(path)).filter(tag -> !tag.equals(entry.priority()))
                    .ifPresent(tag -> out.report(this, readme.file(), series.name(), entry.line(), 1, "entry '"
                            + entry.name() + "' is labelled '" + entry.priority() + "', but Reading Priority puts '"
                            + Series.chapterId(path) + "' in '" + tag + "'", List.of(path)));
        }
        for (String chapter : series.chapters()) {
            if (!listed.containsKey(chapter)) {
                out.report(this, readme.file(), series.name(), readme.chapterHeadingLine(), 1, "chapter '"
                        + relative(series, chapter) + "' is not in the Chapters list", List.of(chapter));
            }
        }
    }

    /** The tag ("必讀") of the first priority group that holds the id. */
    static Optional<String> expectedPriority(SeriesReadme readme, String id) {
        return readme.priorities().stream().filter(p -> p.ids().stream().anyMatch(i -> i.id().equals(id)))
                .map(SeriesReadme.PriorityGroup::tag).findFirst();
    }

    /** The entry's name is the file name without ".md", or the end of its path ("alembic/01_baseline"). */
    private static boolean namesFile(String name, String path) {
        String withoutExtension = path.substring(0, path.length() - 3);
        return normalize(name).equals(normalize(stem(path)))
                || normalize(withoutExtension).endsWith(normalize(name)) && name.contains("/");
    }

    private static String stem(String path) {
        String name = PathNames.fileName(path);
        return name.substring(0, name.length() - 3);
    }

    /** Lower case, each run of whitespace, {@code _} and {@code -} made one {@code _}; by hand, as this runs for
     * every entry of every README. */
    private static String normalize(String text) {
        String lower = text.trim().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean inRun = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean separator = c == '_' || c == '-' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f'
                    || c == '\r';
            if (!separator) {
                out.append(c);
            } else if (!inRun) {
                out.append('_');
            }
            inRun = separator;
        }
        return out.toString();
    }
}
