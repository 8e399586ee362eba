package io.github.backendnotes.check;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.PropertyDictionary;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.VaultSummary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the cross-file rules read.
 *
 * @param readmes        each series' README, by series folder
 * @param matrices       every {@code coverage_matrix.md} of the tree
 * @param filesWithErrors files that have an error-severity finding from the per-file checks
 * @param dictionary     the property dictionary, or {@code null}
 * @param templates      notes that are templates or prompts: not notes to link, list or name by the conventions
 * @param seriesByDir    the series by folder, derived from {@code series}
 * @param resolutions    for each note, where each of its links leads, in the order of its links: every link is
 *                       resolved once; null to have them resolved from {@code index} here
 */
public record VaultContext(VaultSummary index, List<Series> series, Map<String, SeriesReadme> readmes,
                           List<Matrix> matrices, Set<String> filesWithErrors, PropertyDictionary dictionary,
                           Set<String> templates, Map<String, Series> seriesByDir,
                           Map<String, List<LinkResolver.Resolution>> resolutions) {

    public VaultContext {
        series = List.copyOf(series);
        readmes = Map.copyOf(readmes);
        matrices = List.copyOf(matrices);
        filesWithErrors = Set.copyOf(filesWithErrors);
        templates = Set.copyOf(templates);
        Map<String, Series> byDir = new java.util.HashMap<>();
        series.forEach(one -> byDir.put(one.dir(), one));
        seriesByDir = Map.copyOf(byDir);
        resolutions = Map.copyOf(resolutions != null ? resolutions : resolveAll(index));
    }

    private static Map<String, List<LinkResolver.Resolution>> resolveAll(VaultSummary index) {
        LinkResolver resolver = new LinkResolver(index);
        Map<String, List<LinkResolver.Resolution>> resolved = new java.util.HashMap<>();
        index.notes().values().forEach(note -> resolved.put(note.path(), resolver.resolveLinks(note)));
        return resolved;
    }

    /** Where the links of a note lead, in the order of {@code index().note(path).links()}. */
    public List<LinkResolver.Resolution> resolutions(String notePath) {
        return resolutions.getOrDefault(notePath, List.of());
    }

    /** Readmes and index files: entry points, not notes another note must link to. */
    public static boolean isEntryPoint(String path) {
        String name = PathNames.fileName(path).toLowerCase(java.util.Locale.ROOT);
        return name.equals("readme.md") || name.equals("index.md");
    }

    /**
     * A coverage matrix with the folder its paths are relative to.
     *
     * @param series the series whose folder holds the matrix, or {@code null}
     */
    public record Matrix(CoverageMatrix matrix, String folder, Series series) {
        public String resolve(String path) {
            return PathNames.normalize(folder.isEmpty() ? path : folder + "/" + path);
        }
    }

    /** The series whose folder is nearest above {@code path}: its folder, then each parent up to the root. */
    public Optional<Series> seriesOf(String path) {
        for (String folder = PathNames.parent(path); ; folder = PathNames.parent(folder)) {
            Series owner = seriesByDir.get(folder);
            if (owner != null) {
                return Optional.of(owner);
            }
            if (folder.isEmpty()) {
                return Optional.empty();
            }
        }
    }

    /** The series nested below {@code parent} (any depth). */
    public List<Series> nestedIn(Series parent) {
        return series.stream().filter(s -> s != parent && PathNames.isUnder(s.dir(), parent.dir())).toList();
    }

    /**
     * The files the ids of a series README name: its chapters by number, then its numbered files that are not in
     * the Scope (a renamed chapter still has its id).
     */
    public static Map<String, String> chapterIds(Series series) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String chapter : series.chapters()) {
            ids.putIfAbsent(Series.chapterId(chapter), chapter);
        }
        for (String file : series.numbered()) {
            ids.putIfAbsent(Series.chapterId(file), file);
        }
        ids.remove("");
        return ids;
    }
}
