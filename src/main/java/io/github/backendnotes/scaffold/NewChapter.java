package io.github.backendnotes.scaffold;

import io.github.backendnotes.check.ChapterContext;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.RootIndex;
import io.github.backendnotes.engine.VaultModel;
import io.github.backendnotes.files.AtomicFiles;
import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.FieldRequirement;
import io.github.backendnotes.model.FrontMatter;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.parse.NoteParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a new chapter and registers it in its series' README, coverage matrix and rubric Scope. Every edit is
 * worked out before anything is written, so a request the vault cannot take leaves it as it was; each file is then
 * replaced atomically.
 */
public final class NewChapter {

    /**
     * @param chapter the new chapter's path relative to the notes root
     * @param changed the files edited to register it, relative to the notes root, in the order written
     * @param said    the defaults chosen and the registrations that could not be made, for the console
     */
    public record Outcome(String chapter, List<String> changed, List<String> said) {
        public Outcome {
            changed = List.copyOf(changed);
            said = List.copyOf(said);
        }
    }

    private NewChapter() {
    }

    public static Outcome create(VaultModel model, NewChapterRequest request) throws ScaffoldException, IOException {
        List<String> said = new ArrayList<>();
        ChapterPlan plan = Planner.plan(model, request, said::add);
        Series series = plan.series();
        SeriesReadme readme = model.readmes().get(series.readme());
        if (readme == null) {
            throw new ScaffoldException("the README " + series.readme() + " of series '" + series.name()
                    + "' could not be read");
        }
        Map<String, TextLines> edits = new LinkedHashMap<>();
        TextLines readmeText = read(model.root(), readme.file(), edits);
        new ReadmeEdits(plan, readme, readmeText, said::add).apply(request, model.readmes().values());
        String matrixPath = MatrixEdits.matrixFor(plan, model.matrices());
        if (matrixPath == null) {
            said.add("series '" + series.name() + "' has no coverage matrix: no matrix row written");
        } else {
            CoverageMatrix matrix = model.matrices().get(matrixPath);
            MatrixEdits.apply(plan, matrix, request.capability(),
                    read(model.root(), matrixPath, edits), said::add);
        }
        NoteSummary rootIndex = model.index().note(RootIndex.FILE);
        if (rootIndex != null) {
            IndexEdits.apply(plan, rootIndex, read(model.root(), RootIndex.FILE, edits), said::add);
        }
        ScopeEdits.apply(plan, series.rubric(),
                read(model.root(), series.rubric().file(), edits), said::add);
        Map<String, FrontMatter> siblings = siblings(model.root(), series);
        List<String> lines = new ArrayList<>(new FrontMatterDraft(plan, List.copyOf(siblings.values()),
                request.fields(), request.today(), said::add).lines(fields(model, plan, siblings)));
        lines.addAll(ChapterText.body(plan, model.index()));
        Path chapter = model.root().resolve(plan.path());
        Files.createDirectories(chapter.getParent());
        AtomicFiles.writeString(chapter, String.join("\n", lines) + "\n");
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, TextLines> edit : edits.entrySet()) {
            if (edit.getValue().changed()) {
                byte[] bytes = edit.getValue().bytes();
                AtomicFiles.write(model.root().resolve(edit.getKey()), out -> out.write(bytes));
                changed.add(edit.getKey());
            }
        }
        return new Outcome(plan.path(), changed, said);
    }

    /**
     * The fields the checks require of the chapter (its rubric's table, completed by the dictionary), then the
     * others most of the series' chapters carry, so that the chapter looks like its neighbours.
     */
    private static List<FieldRequirement> fields(VaultModel model, ChapterPlan plan, Map<String, FrontMatter> siblings) {
        Series series = plan.series();
        ChapterContext context = new ChapterContext(series.name(), series.rubric(), series.folders(), plan.folder());
        List<FieldRequirement> fields = new ArrayList<>(NoteContext.under(model.dictionary(), context).fields());
        java.util.Set<String> named = new java.util.HashSet<>();
        fields.forEach(field -> named.add(field.name()));
        FieldInference.fromChapters(siblings).stream().filter(f -> !named.contains(f.name())).forEach(fields::add);
        return fields;
    }

    /** The front matter of the series' chapters, whose usual values a new chapter follows. */
    private static Map<String, FrontMatter> siblings(Path root, Series series) throws IOException {
        NoteParser parser = new NoteParser();
        Map<String, FrontMatter> matters = new LinkedHashMap<>();
        for (String chapter : series.chapters()) {
            Note note = parser.parse(chapter, Files.readAllBytes(root.resolve(chapter)));
            if (note.frontMatter() != null) {
                matters.put(chapter, note.frontMatter());
            }
        }
        return matters;
    }

    /** The file's lines, read once however many edits go to it. */
    private static TextLines read(Path root, String file, Map<String, TextLines> edits) throws IOException {
        TextLines text = edits.get(file);
        if (text == null) {
            text = new TextLines(Files.readAllBytes(root.resolve(file)));
            edits.put(file, text);
        }
        return text;
    }
}
