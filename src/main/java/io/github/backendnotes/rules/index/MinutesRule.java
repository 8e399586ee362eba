package io.github.backendnotes.rules.index;

import io.github.backendnotes.model.ChapterKind;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.LinkResolver;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Locale;
import java.util.Optional;

/**
 * A Chapters entry's minutes fall in the range the README's "Estimated Time" section gives for the chapter:
 * by its kind ("Troubleshooting guides: 45-60 min") or, failing that, by its priority ("Must-read patterns:
 * 60-90 min"). A line and a kind or group match when their first words do, or, for a group, when they share its
 * tag: the backticked label the chapter list also uses ("Optional (`可跳讀`)" in Reading Priority and "Skippable
 * chapters: 45-75 min" under Estimated Time are one group). An estimate line's tag is the one it gives
 * ("Skippable chapters (`可跳讀`): …") or else the tag any README of the vault gives a group of the same first word
 * ("Skippable (`可跳讀`)"), when that is one tag.
 */
public final class MinutesRule extends ReadmeRule {

    public MinutesRule() {
        super("index.minutes", Severity.WARNING,
                "A Chapters entry's minutes fall in the README's estimated range for the chapter's kind or priority.");
    }

    @Override
    void check(VaultContext vault, Series series, SeriesReadme readme, Findings out) {
        if (readme.estimates().isEmpty()) {
            return;
        }
        LinkResolver resolver = new LinkResolver(vault.index());
        Map<String, Set<String>> tagsByWord = tagsByFirstWord(vault);
        for (SeriesReadme.ChapterEntry entry : readme.chapters()) {
            if (entry.minutes() < 0) {
                continue;
            }
            LinkResolver.Resolution resolution = resolver.resolve(readme.file(),
                    new Link(Link.Kind.MARKDOWN, entry.target(), entry.name(), entry.line(), 1));
            if (resolution.outcome() != LinkResolver.Outcome.RESOLVED || !series.chapters().contains(resolution.target())) {
                continue;
            }
            NoteSummary chapter = vault.index().note(resolution.target());
            estimate(series, readme, chapter, tagsByWord).filter(e -> !e.contains(entry.minutes())).ifPresent(e ->
                    out.report(this, readme.file(), series.name(), entry.line(), 1, entry.minutes() + " min for '"
                            + entry.name() + "' is outside the " + range(e) + " that '" + e.label() + "' gives (line "
                            + e.line() + ")", List.of(chapter.path())));
        }
    }

    private static Optional<SeriesReadme.Estimate> estimate(Series series, SeriesReadme readme, NoteSummary chapter,
                                                            Map<String, Set<String>> tagsByWord) {
        Optional<ChapterKind> kind = ChapterKinds.match(series.rubric(), chapter.h2()).map(ChapterKinds.Match::kind);
        if (kind.isPresent() && !kind.get().name().isEmpty()) {
            Optional<SeriesReadme.Estimate> byKind = byFirstWord(readme, kind.get().name());
            if (byKind.isPresent()) {
                return byKind;
            }
        }
        return readme.priorities().stream()
                .filter(p -> p.ids().stream().anyMatch(i -> i.id().equals(Series.chapterId(chapter.path()))))
                .findFirst().flatMap(p -> byFirstWord(readme, p.label()).or(() -> byTag(readme, p.tag(), tagsByWord)));
    }

    /** The estimate whose tag is the group's: its own, or the one tag the vault's READMEs give its first word. */
    private static Optional<SeriesReadme.Estimate> byTag(SeriesReadme readme, String tag, Map<String, Set<String>> tagsByWord) {
        return readme.estimates().stream().filter(e -> {
            if (!e.tag().isEmpty()) {
                return e.tag().equals(tag);
            }
            Set<String> tags = tagsByWord.getOrDefault(firstWord(e.label()), Set.of());
            return tags.size() == 1 && tags.contains(tag);
        }).findFirst();
    }

    /** For each first word of a Reading Priority group in any README, the tags given to it. */
    private static Map<String, Set<String>> tagsByFirstWord(VaultContext vault) {
        Map<String, Set<String>> tags = new HashMap<>();
        for (SeriesReadme one : vault.readmes().values()) {
            for (SeriesReadme.PriorityGroup group : one.priorities()) {
                if (!group.tag().equals(group.label())) {
                    tags.computeIfAbsent(firstWord(group.label()), w -> new TreeSet<>()).add(group.tag());
                }
            }
        }
        return tags;
    }

    private static Optional<SeriesReadme.Estimate> byFirstWord(SeriesReadme readme, String name) {
        String word = firstWord(name);
        return readme.estimates().stream().filter(e -> firstWord(e.label()).equals(word)).findFirst();
    }

    private static String firstWord(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    private static String range(SeriesReadme.Estimate estimate) {
        return estimate.min() == estimate.max() ? estimate.min() + " min" : estimate.min() + "-" + estimate.max() + " min";
    }
}
