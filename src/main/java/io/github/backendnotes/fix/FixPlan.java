package io.github.backendnotes.fix;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.parse.NoteParser;
import io.github.backendnotes.run.RunResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The edits one run's findings call for: each finding a fixer handles, not suppressed, on a file without a
 * {@code parse.*} finding, goes to its rule's fixer, which edits the file's current text as the run's parser reads
 * it. Nothing is written until {@link #write()}.
 */
public final class FixPlan {

    private static final Fixer SCOPE = new ScopeFixer();

    /** One fixer per rule id. */
    static final Map<String, Fixer> FIXERS = List.of(ScalarFieldFixer.fixedValue(), ScalarFieldFixer.chapterNumber(),
                    ScalarFieldFixer.categoryFolder(), ScalarFieldFixer.nextReview(), new RequiredTagsFixer(),
                    new MissingFieldFixer(), SCOPE, new FenceFixer(), new MatrixCountFixer(),
                    new ChapterLabelFixer()).stream()
            .collect(Collectors.toMap(Fixer::ruleId, Function.identity(), (a, b) -> a, LinkedHashMap::new));

    private final Path root;
    private final List<LineEdits> files;
    private final Map<String, Integer> fixed;

    private FixPlan(Path root, List<LineEdits> files, Map<String, Integer> fixed) {
        this.root = root;
        this.files = List.copyOf(files);
        this.fixed = java.util.Collections.unmodifiableMap(fixed);
    }

    /** The rule ids {@code fix} handles, in the order the README lists them. */
    public static List<String> ruleIds() {
        return List.copyOf(FIXERS.keySet());
    }

    /** Plans the edits for the run's findings, reading each file concerned once. */
    public static FixPlan of(RunResult result, NoteParser parser) {
        Path root = result.notesDirectory();
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        // a file with a parse problem is not edited; one the Scope fix makes a chapter waits for the next pass,
        // since the rules that apply to it change with it
        java.util.Set<String> waiting = new java.util.HashSet<>();
        for (Finding finding : result.findings()) {
            if (finding.ruleId().startsWith("parse.")) {
                waiting.add(finding.file());
            } else if (!finding.suppressed() && FIXERS.containsKey(finding.ruleId())) {
                byFile.computeIfAbsent(finding.file(), f -> new ArrayList<>()).add(finding);
                if (finding.ruleId().equals(SCOPE.ruleId())) {
                    waiting.addAll(finding.related());
                }
            }
        }
        List<LineEdits> files = new ArrayList<>();
        Map<String, Integer> fixed = new TreeMap<>();
        for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
            if (waiting.contains(file.getKey())) {
                continue;
            }
            plan(root, file.getKey(), file.getValue(), result, parser, fixed).ifPresent(files::add);
        }
        return new FixPlan(root, files, fixed);
    }

    private static java.util.Optional<LineEdits> plan(Path root, String path, List<Finding> findings, RunResult result,
                                                      NoteParser parser, Map<String, Integer> fixed) {
        String text = read(root.resolve(path));
        if (text == null) {
            return java.util.Optional.empty();
        }
        Note note = parser.parse(path, text);
        if (!note.problems().isEmpty()) {
            return java.util.Optional.empty(); // a file the parser cannot read whole is left as it is
        }
        Series series = seriesOf(result, path);
        FixTarget target = new FixTarget(note, series, fields(result, series, note), findings);
        LineEdits edits = new LineEdits(path, FileText.of(text));
        for (Finding finding : findings) {
            if (FIXERS.get(finding.ruleId()).fix(finding, target, edits)) {
                fixed.merge(finding.ruleId(), 1, Integer::sum);
            }
        }
        return edits.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(edits);
    }

    /** The text, or null when it cannot be read or is not UTF-8 (then it is not edited). */
    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (IOException e) { // a CharacterCodingException too: the file is not UTF-8
            return null;
        }
    }

    /** The series the file is a chapter, rubric, README or matrix of. */
    private static Series seriesOf(RunResult result, String path) {
        for (Series series : result.series()) {
            if (series.chapters().contains(path) || path.equals(series.rubric().file()) || path.equals(series.readme())
                    || path.equals(series.matrix())) {
                return series;
            }
        }
        return null;
    }

    /** The fields the note must carry, as the run's rules saw them: its rubric's table completed by the dictionary. */
    private static List<FieldRequirement> fields(RunResult result, Series series, Note note) {
        ChapterContext chapter = null;
        if (series != null && series.chapters().contains(note.path())) {
            chapter = new ChapterContext(series.name(), series.rubric(), series.folders(),
                    FixTarget.folderIn(series, note.path()));
        }
        return NoteContext.under(result.dictionary(), chapter).fields();
    }

    public boolean isEmpty() {
        return files.isEmpty();
    }

    /** How many findings of each rule the edits fix. */
    public Map<String, Integer> fixed() {
        return fixed;
    }

    /** Per file edited, what changed. */
    public Map<String, List<String>> changes() {
        Map<String, List<String>> changes = new LinkedHashMap<>();
        files.forEach(file -> changes.put(file.path(), file.changes()));
        return changes;
    }

    /** The unified diff of every file the plan edits. */
    public List<String> diff() {
        List<String> diff = new ArrayList<>();
        files.forEach(file -> diff.addAll(UnifiedDiff.of(file)));
        return diff;
    }

    /** Writes each edited file atomically: a file is either as it was or wholly edited. */
    public void write() throws IOException {
        for (LineEdits file : files) {
            AtomicFiles.writeString(root.resolve(file.path()), file.apply());
        }
    }
}
