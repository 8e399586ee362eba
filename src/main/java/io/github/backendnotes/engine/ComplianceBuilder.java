package io.github.backendnotes.engine;

import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Link;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesCompliance;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.check.ChapterKinds;
import io.github.backendnotes.check.VaultContext;
import io.github.backendnotes.check.LinkResolver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;

/**
 * Builds the coverage of each series from the compact index, the READMEs, the matrices and the findings: which
 * chapters meet their rubric, by batch, priority and category, and which chapters are named but missing.
 */
final class ComplianceBuilder {

    private static final int SERIES_PER_TASK = 16;
    private static final Set<String> MATRIX_DISAGREEMENTS = Set.of("coverage.missing-file", "coverage.stale-status");

    private final VaultContext vault;
    private final LinkResolver resolver;
    private final Map<String, List<Finding>> findingsByFile = new HashMap<>();
    /** The matrix findings (suppressed or not) a series' coverage repeats, by file, in their order. */
    private final Map<String, List<Finding>> disagreementsByFile = new HashMap<>();
    private final Map<String, List<VaultContext.Matrix>> matricesByFile = new HashMap<>();

    ComplianceBuilder(VaultContext vault, List<Finding> findings) {
        this.vault = vault;
        this.resolver = new LinkResolver(vault.index());
        for (Finding finding : findings) {
            if (!finding.suppressed()) {
                findingsByFile.computeIfAbsent(finding.file(), k -> new ArrayList<>()).add(finding);
            }
            if (MATRIX_DISAGREEMENTS.contains(finding.ruleId())) {
                disagreementsByFile.computeIfAbsent(finding.file(), k -> new ArrayList<>()).add(finding);
            }
        }
        vault.matrices().forEach(matrix ->
                matricesByFile.computeIfAbsent(matrix.matrix().file(), k -> new ArrayList<>()).add(matrix));
    }

    /** The coverage of every series, in their order; the series are shared out among {@code workers} in slices. */
    List<SeriesCompliance> build(ExecutorService workers) {
        statusIndex(); // built once, before the workers read it
        return Slices.start(vault.series(), SERIES_PER_TASK, this::series, workers).await();
    }

    private SeriesCompliance series(Series series) {
        SeriesReadme readme = vault.readmes().get(series.dir());
        // where each chapter-list entry points: resolved once for the entries by target and the missing chapters
        List<String> targets = readme == null ? List.of()
                : readme.chapters().stream().map(entry -> target(readme.file(), entry.target())).toList();
        Map<String, SeriesReadme.ChapterEntry> entries = readme == null ? Map.of() : entriesByTarget(readme, targets);
        List<SeriesCompliance.Chapter> chapters = new ArrayList<>();
        for (String file : series.chapters()) {
            chapters.add(chapter(series, readme, entries, file, Series.chapterId(file), false));
        }
        for (Map.Entry<String, String> missing : missingChapters(series, readme, targets).entrySet()) {
            chapters.add(chapter(series, readme, entries, missing.getValue(), missing.getKey(), true));
        }
        Map<String, SeriesCompliance.Tally> byBatch = new TreeMap<>(java.util.Comparator.comparingInt(ComplianceBuilder::number));
        Map<String, SeriesCompliance.Tally> byPriority = new LinkedHashMap<>();
        Map<String, SeriesCompliance.Tally> byCategory = new TreeMap<>();
        if (readme != null) {
            readme.priorities().forEach(p -> byPriority.put(p.tag(), new SeriesCompliance.Tally(0, 0)));
        }
        for (SeriesCompliance.Chapter chapter : chapters) {
            tally(byBatch, chapter.batch() == null ? "none" : String.valueOf(chapter.batch()), chapter.compliant());
            tally(byPriority, chapter.priority() == null ? "none" : chapter.priority(), chapter.compliant());
            tally(byCategory, chapter.category() == null ? "none" : chapter.category(), chapter.compliant());
        }
        List<String> disagreements = disagreementsByFile.getOrDefault(series.matrix(), List.of()).stream()
                .map(f -> "line " + f.line() + ": " + f.message()).toList();
        int compliant = (int) chapters.stream().filter(SeriesCompliance.Chapter::compliant).count();
        return new SeriesCompliance(series.name(), series.dir(), series.readme(), chapters.size(), compliant, chapters,
                byBatch, byPriority, byCategory, series.rubric().enforced().size(), series.rubric().notChecked(),
                disagreements);
    }

    private static int number(String batch) {
        return batch.chars().allMatch(Character::isDigit) && !batch.isEmpty() && batch.length() < 9
                ? Integer.parseInt(batch) : Integer.MAX_VALUE;
    }

    private static void tally(Map<String, SeriesCompliance.Tally> tallies, String key, boolean compliant) {
        tallies.merge(key, new SeriesCompliance.Tally(1, compliant ? 1 : 0),
                (a, b) -> new SeriesCompliance.Tally(a.total() + b.total(), a.compliant() + b.compliant()));
    }

    private SeriesCompliance.Chapter chapter(Series series, SeriesReadme readme, Map<String, SeriesReadme.ChapterEntry> entries,
                                           String file, String id, boolean missing) {
        NoteSummary note = file == null ? null : vault.index().note(file);
        List<Finding> own = file == null ? List.of() : findingsByFile.getOrDefault(file, List.of());
        int errors = (int) own.stream().filter(f -> f.severity() == Severity.ERROR).count();
        int warnings = (int) own.stream().filter(f -> f.severity() == Severity.WARNING).count();
        String template = note == null ? null : ChapterKinds.match(series.rubric(), note.h2())
                .map(m -> m.kind().label()).orElse(null);
        String category = note == null ? null : Optional.ofNullable(note.properties().get("category"))
                .orElse(folderInSeries(series, file));
        Optional<SeriesReadme.ChapterEntry> entry = file == null ? Optional.empty() : Optional.ofNullable(entries.get(file));
        return new SeriesCompliance.Chapter(file, id, note == null ? null : note.properties().get("title"), template,
                readme == null ? null : batch(readme, id), readme == null ? null : priority(readme, id),
                entry.map(SeriesReadme.ChapterEntry::minutes).filter(m -> m >= 0).orElse(null),
                file == null ? null : matrixStatus(file), category, errors, warnings, !missing && errors == 0, missing, own);
    }

    private static String folderInSeries(Series series, String file) {
        String rest = series.dir().isEmpty() ? file : file.substring(series.dir().length() + 1);
        int slash = rest.indexOf('/');
        return slash < 0 ? null : rest.substring(0, slash);
    }

    private static Integer batch(SeriesReadme readme, String id) {
        return readme.batches().stream().filter(b -> b.ids().stream().anyMatch(i -> i.id().equals(id)))
                .map(SeriesReadme.Batch::number).findFirst().orElse(null);
    }

    private static String priority(SeriesReadme readme, String id) {
        return readme.priorities().stream().filter(p -> p.ids().stream().anyMatch(i -> i.id().equals(id)))
                .map(SeriesReadme.PriorityGroup::tag).findFirst().orElse(null);
    }

    /** The README's chapter-list entries by the file they point to: resolved once per README, the first wins. */
    private static Map<String, SeriesReadme.ChapterEntry> entriesByTarget(SeriesReadme readme, List<String> targets) {
        Map<String, SeriesReadme.ChapterEntry> byTarget = new HashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            SeriesReadme.ChapterEntry entry = readme.chapters().get(i);
            String target = targets.get(i);
            if (target != null) {
                byTarget.putIfAbsent(target, entry);
            }
        }
        return byTarget;
    }

    /** Where a link points, resolved or not; null for external links. */
    private String target(String from, String target) {
        return resolver.resolve(from, new Link(Link.Kind.MARKDOWN, target, "", 0, 0)).target();
    }

    /** The status of the first matrix row that covers the file, by file or by folder. */
    private String matrixStatus(String file) {
        RowRef best = statusIndex().get(file);
        for (String folder = PathNames.parent(file); ; folder = PathNames.parent(folder)) {
            RowRef byFolder = statusIndex().get(folder + "/");
            if (byFolder != null && (best == null || byFolder.order() < best.order())) {
                best = byFolder;
            }
            if (folder.isEmpty()) {
                break;
            }
        }
        return best == null ? null : best.status();
    }

    /** A matrix row's status and its place among all rows, so that the first covering row wins. */
    private record RowRef(int order, String status) {
    }

    private Map<String, RowRef> statusIndex;

    /** Every matrix entry, resolved once: a file by its path, a folder by its path and a trailing slash. */
    private Map<String, RowRef> statusIndex() {
        if (statusIndex == null) {
            statusIndex = new HashMap<>();
            int order = 0;
            for (VaultContext.Matrix matrix : vault.matrices()) {
                for (CoverageMatrix.Row row : matrix.matrix().rows()) {
                    RowRef ref = new RowRef(order++, row.statusText());
                    for (CoverageMatrix.Entry entry : row.entries()) {
                        String path = matrix.resolve(entry.path());
                        statusIndex.putIfAbsent(entry.isFolder() ? path + "/" : path, ref);
                    }
                }
            }
        }
        return statusIndex;
    }

    /**
     * Chapters a README (by id or by its chapter list) or the series' matrix names that do not exist: id → where
     * they are said to be, or null when only an id names them.
     */
    private Map<String, String> missingChapters(Series series, SeriesReadme readme, List<String> entryTargets) {
        Map<String, String> ids = VaultContext.chapterIds(series);
        Map<String, String> missing = new LinkedHashMap<>();
        Set<String> named = new LinkedHashSet<>();
        if (readme != null) {
            readme.batches().forEach(b -> b.ids().forEach(i -> named.add(i.id())));
            readme.priorities().forEach(p -> p.ids().forEach(i -> named.add(i.id())));
            for (String path : entryTargets) {
                if (path != null && PathNames.isUnder(path, series.dir()) && !vault.index().exists(path)) {
                    String id = Series.chapterId(path);
                    if (!id.isEmpty() && !ids.containsKey(id)) {
                        missing.putIfAbsent(id, path);
                    }
                }
            }
        }
        if (series.matrix() != null) {
            matricesByFile.getOrDefault(series.matrix(), List.of()).forEach(matrix ->
                    matrix.matrix().rows().forEach(row -> row.entries().forEach(entry -> {
                        String path = matrix.resolve(entry.path());
                        String id = Series.chapterId(path);
                        if (!entry.isFolder() && !id.isEmpty() && !ids.containsKey(id) && !vault.index().exists(path)
                                && vault.seriesOf(path).filter(s -> s == series).isPresent()) {
                            missing.putIfAbsent(id, path);
                        }
                    })));
        }
        for (String id : named) {
            if (!ids.containsKey(id)) {
                missing.putIfAbsent(id, null);
            }
        }
        return missing;
    }
}
