package io.github.backendnotes.scaffold;

import io.github.backendnotes.model.SeriesReadme;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What a README gives a new chapter: its reading-priority group and its estimated minutes, found as
 * {@code index.minutes} finds a chapter's estimate (by the kind's first word, else the group's first word or tag).
 */
final class ReadmeChoices {

    private ReadmeChoices() {
    }

    /**
     * The group asked for, by label, tag or the label's first word; by default the README's last group, the one
     * it asks least of (the groups go from must-read down). Null when the README has none.
     */
    static SeriesReadme.PriorityGroup group(SeriesReadme readme, String asked, Consumer<String> said)
            throws ScaffoldException {
        List<SeriesReadme.PriorityGroup> groups = readme.priorities();
        if (groups.isEmpty()) {
            said.accept(readme.file() + " has no reading priority: no priority written");
            return null;
        }
        if (asked == null || asked.isBlank()) {
            SeriesReadme.PriorityGroup last = groups.get(groups.size() - 1);
            said.accept("priority: '" + last.label() + "' (" + last.tag() + "), the README's last group"
                    + " (-Dpriority to choose)");
            return last;
        }
        String wanted = asked.trim().toLowerCase(Locale.ROOT);
        return groups.stream().filter(g -> g.label().toLowerCase(Locale.ROOT).equals(wanted)
                        || g.tag().toLowerCase(Locale.ROOT).equals(wanted)).findFirst()
                .or(() -> groups.stream().filter(g -> Planner.firstWord(g.label()).equals(Planner.firstWord(wanted)))
                        .findFirst())
                .orElseThrow(() -> new ScaffoldException("unknown priority '" + asked + "' in " + readme.file()
                        + "; its groups are: " + String.join(", ", groups.stream()
                        .map(g -> g.label() + " (" + g.tag() + ")").toList())));
    }

    /** The low end of the chapter's estimate; else the minutes most entries of its group give; else -1. */
    static int minutes(ChapterPlan plan, SeriesReadme readme, SeriesReadme.PriorityGroup group,
                       Collection<SeriesReadme> all, Consumer<String> said) {
        Optional<SeriesReadme.Estimate> estimate = estimate(plan, readme, group, all);
        if (estimate.isPresent()) {
            said.accept("minutes: " + estimate.get().min() + ", from '" + estimate.get().label() + "' (line "
                    + estimate.get().line() + ")");
            return estimate.get().min();
        }
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        readme.chapters().stream().filter(e -> e.minutes() >= 0 && (group == null || e.priority().equals(group.tag())))
                .forEach(e -> counts.merge(e.minutes(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(-1);
    }

    private static Optional<SeriesReadme.Estimate> estimate(ChapterPlan plan, SeriesReadme readme,
                                                            SeriesReadme.PriorityGroup group,
                                                            Collection<SeriesReadme> all) {
        if (!plan.kind().name().isEmpty()) {
            Optional<SeriesReadme.Estimate> byKind = byFirstWord(readme, plan.kind().name());
            if (byKind.isPresent()) {
                return byKind;
            }
        }
        if (group == null) {
            return Optional.empty();
        }
        Map<String, Set<String>> tagsByWord = tagsByFirstWord(all);
        return byFirstWord(readme, group.label()).or(() -> readme.estimates().stream().filter(e -> {
            if (!e.tag().isEmpty()) {
                return e.tag().equals(group.tag());
            }
            Set<String> tags = tagsByWord.getOrDefault(Planner.firstWord(e.label()), Set.of());
            return tags.size() == 1 && tags.contains(group.tag());
        }).findFirst());
    }

    private static Optional<SeriesReadme.Estimate> byFirstWord(SeriesReadme readme, String name) {
        String word = Planner.firstWord(name);
        return readme.estimates().stream().filter(e -> Planner.firstWord(e.label()).equals(word)).findFirst();
    }

    private static Map<String, Set<String>> tagsByFirstWord(Collection<SeriesReadme> all) {
        Map<String, Set<String>> tags = new HashMap<>();
        for (SeriesReadme one : all) {
            for (SeriesReadme.PriorityGroup group : one.priorities()) {
                if (!group.tag().equals(group.label())) {
                    tags.computeIfAbsent(Planner.firstWord(group.label()), w -> new HashSet<>()).add(group.tag());
                }
            }
        }
        return tags;
    }
}
