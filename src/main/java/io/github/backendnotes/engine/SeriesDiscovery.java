package io.github.backendnotes.engine;

import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Finds the series of a notes tree and their chapters. A series is a folder holding a readme (any case) and
 * a {@code quality_rubric.md}; its chapters are its rubric's Scope files or, without a Scope, its numbered
 * {@code NN_*.md} files; a nested series owns its own subtree.
 */
public final class SeriesDiscovery {

    static final String RUBRIC_FILE = "quality_rubric.md";
    static final String MATRIX_FILE = "coverage_matrix.md";
    private static final Pattern NUMBERED = Pattern.compile("(\\d{2,})_.*\\.md", Pattern.CASE_INSENSITIVE);

    /** Whether the file is a rubric by its name; the rubrics of the series are among these. */
    static boolean isRubric(String file) {
        return PathNames.fileName(file).equalsIgnoreCase(RUBRIC_FILE);
    }

    /**
     * @param files    every Markdown file, relative to the root
     * @param rubricOf the parsed rubric of each file {@link #isRubric} accepts (parsed beforehand, on the workers
     *                 that read them)
     */
    public List<Series> discover(List<String> files, Function<String, Rubric> rubricOf) {
        // grouped in a hash map (paths share long prefixes, which a sorted map compares again and again), then sorted
        Map<String, List<String>> grouped = new HashMap<>();
        for (String file : files) {
            grouped.computeIfAbsent(PathNames.parent(file), k -> new ArrayList<>()).add(PathNames.fileName(file));
        }
        List<String> seriesDirs = new ArrayList<>();
        Set<String> foldersWithReadme = new HashSet<>();
        for (Map.Entry<String, List<String>> folder : new TreeMap<>(grouped).entrySet()) {
            boolean hasRubric = folder.getValue().stream().anyMatch(n -> n.equalsIgnoreCase(RUBRIC_FILE));
            boolean hasReadme = folder.getValue().stream().anyMatch(n -> n.equalsIgnoreCase("readme.md"));
            if (hasRubric && hasReadme) {
                seriesDirs.add(folder.getKey());
            }
            if (hasReadme) {
                foldersWithReadme.add(folder.getKey());
            }
        }
        // the series list the walk's own strings: one a file for the whole run, not one more for each list
        Map<String, String> existing = new HashMap<>();
        for (String file : files) {
            existing.put(file, file);
        }
        Set<String> seriesDirSet = new HashSet<>(seriesDirs);
        Function<String, Optional<String>> owner = file -> ownerOf(file, seriesDirSet);
        Contents contents = contents(grouped, seriesDirSet, foldersWithReadme, existing);
        List<Series> series = new ArrayList<>();
        for (String dir : seriesDirs) {
            series.add(series(dir, grouped.get(dir), rubricOf.apply(rubricFile(dir, grouped.get(dir))), contents,
                    existing, owner));
        }
        return series;
    }

    /** What each series folder holds below it: its numbered files, sorted, and its direct subfolders. */
    private record Contents(Map<String, List<String>> numberedBySeries, Map<String, Set<String>> foldersBySeries) {
    }

    /** One pass over the folders: what is found by walking up from a file depends only on its folder. */
    private static Contents contents(Map<String, List<String>> grouped, Set<String> seriesDirs,
                                     Set<String> foldersWithReadme, Map<String, String> existing) {
        Map<String, List<String>> numberedBySeries = new HashMap<>();
        Map<String, Set<String>> foldersBySeries = new HashMap<>();
        for (Map.Entry<String, List<String>> folder : grouped.entrySet()) {
            String path = folder.getKey();
            ownerOfFolder(path, seriesDirs).ifPresent(dir -> {
                if (!inSubCollection(path, dir, foldersWithReadme)) {
                    for (String name : folder.getValue()) {
                        if (NUMBERED.matcher(name).matches()) {
                            String file = join(path, name);
                            numberedBySeries.computeIfAbsent(dir, k -> new ArrayList<>())
                                    .add(existing.getOrDefault(file, file));
                        }
                    }
                }
            });
            for (String f = path; !f.isEmpty(); f = PathNames.parent(f)) {
                String parent = PathNames.parent(f);
                if (seriesDirs.contains(parent)) {
                    foldersBySeries.computeIfAbsent(parent, k -> new HashSet<>()).add(PathNames.fileName(f));
                }
            }
        }
        // in the files' order, as a walk over the sorted files would have listed them
        numberedBySeries.values().forEach(list -> list.sort(null));
        return new Contents(numberedBySeries, foldersBySeries);
    }

    private static String rubricFile(String dir, List<String> names) {
        return join(dir, names.stream().filter(n -> n.equalsIgnoreCase(RUBRIC_FILE)).findFirst().orElseThrow());
    }

    private static Series series(String dir, List<String> names, Rubric rubric, Contents contents,
                                 Map<String, String> existing, Function<String, Optional<String>> owner) {
        String readme = join(dir, names.stream().filter(n -> n.equalsIgnoreCase("readme.md")).findFirst().orElseThrow());
        String name = dir.isEmpty() ? "" : PathNames.fileName(dir);
        List<String> numbered = contents.numberedBySeries().getOrDefault(dir, List.of());
        List<String> chapters = chapters(dir, rubric, numbered, existing, owner);
        String matrix = names.stream().filter(n -> n.equalsIgnoreCase(MATRIX_FILE)).findFirst()
                .map(n -> join(dir, n)).orElse(null);
        return new Series(name, dir, readme, rubric, chapters, numbered,
                contents.foldersBySeries().getOrDefault(dir, Set.of()), matrix);
    }

    /** The nearest series folder above {@code file}: its own folder, then each parent up to the root. */
    static Optional<String> ownerOf(String file, Set<String> seriesDirs) {
        return ownerOfFolder(PathNames.parent(file), seriesDirs);
    }

    /** The nearest series folder at or above {@code folder}. */
    private static Optional<String> ownerOfFolder(String folder, Set<String> seriesDirs) {
        for (; ; folder = PathNames.parent(folder)) {
            if (seriesDirs.contains(folder)) {
                return Optional.of(folder);
            }
            if (folder.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    private static List<String> chapters(String dir, Rubric rubric, List<String> numbered,
                                         Map<String, String> existing, Function<String, Optional<String>> owner) {
        Set<String> chapters = new LinkedHashSet<>();
        for (Rubric.ScopeEntry entry : rubric.scope()) {
            String path = existing.get(PathNames.normalize(join(dir, entry.path())));
            if (path != null && owner.apply(path).filter(dir::equals).isPresent()) {
                chapters.add(path);
            }
        }
        if (!rubric.hasScope() || !rubric.scopeRanges().isEmpty()) {
            for (String file : numbered) {
                if (inRanges(rubric, Series.chapterId(file))) {
                    chapters.add(file);
                }
            }
        }
        return List.copyOf(chapters);
    }

    /** Whether a folder between the series folder and {@code folder} (included) has a readme of its own. */
    private static boolean inSubCollection(String folder, String seriesDir, Set<String> foldersWithReadme) {
        for (String f = folder; !f.equals(seriesDir); f = PathNames.parent(f)) {
            if (foldersWithReadme.contains(f)) {
                return true;
            }
            if (f.isEmpty()) {
                break;
            }
        }
        return false;
    }

    /**
     * Without ranges every number is in scope (no Scope: all numbered files). A number too large for an
     * {@code int} (a timestamp prefix) lies beyond any range a rubric can name.
     */
    private static boolean inRanges(Rubric rubric, String digits) {
        if (rubric.scopeRanges().isEmpty()) {
            return true;
        }
        int number;
        try {
            number = Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return false;
        }
        return rubric.scopeRanges().stream().anyMatch(r -> r.contains(number));
    }

    private static String join(String dir, String name) {
        return dir.isEmpty() ? name : dir + "/" + name;
    }
}
