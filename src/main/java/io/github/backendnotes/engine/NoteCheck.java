package io.github.backendnotes.engine;

import io.github.backendnotes.check.Findings;
import io.github.backendnotes.check.NoteContext;
import io.github.backendnotes.check.NoteRule;
import io.github.backendnotes.check.SeverityPolicy;
import io.github.backendnotes.engine.read.NoteRead;
import io.github.backendnotes.engine.read.NoteReader;
import io.github.backendnotes.model.Block;
import io.github.backendnotes.model.CoverageMatrix;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Note;
import io.github.backendnotes.model.NoteSummary;
import io.github.backendnotes.model.ParseProblem;
import io.github.backendnotes.model.PathNames;
import io.github.backendnotes.model.SeriesReadme;
import io.github.backendnotes.model.SummaryStore;
import io.github.backendnotes.parse.MatrixParser;
import io.github.backendnotes.snippets.Programs;
import io.github.backendnotes.parse.ParseRules;
import io.github.backendnotes.parse.ReadmeParser;

import java.util.List;
import java.util.function.Supplier;

/**
 * What a worker does with one note: reads it (unless it was read before), runs the per-note rules on it when the
 * run checks it, and keeps what the rest of the run needs of it ({@link Outcome}). A rule that fails, or a note
 * nested too deeply for a rule, is a finding on that note; the run goes on.
 */
final class NoteCheck {

    /**
     * What the per-file pass keeps of a note: its findings, its compact index entry, and what a cross-file rule
     * reads of a series README or a coverage matrix, read here rather than holding the whole note to the end.
     */
    record Outcome(List<Finding> findings, NoteSummary indexed, SeriesReadme readme, CoverageMatrix matrix,
                   Stored stored, List<Block.CodeBlock> programs) {
    }

    /** What the note cache keeps of a note: its content hash, and the whole note when every run reads it. */
    record Stored(String contentHash, Note whole) {
    }

    private final List<NoteRule> rules;
    private final ReadmeParser readmeParser;
    private final MatrixParser matrixParser;
    private final NoteReader reader;
    private final SeverityPolicy policy;
    private final boolean keepPrograms;
    /** What the index entries of the run share: the H2 texts met so far, the arrays their other texts go in. */
    private final SummaryStore summaryStore = new SummaryStore();

    /** @param keepPrograms whether the run compiles the programs of the notes it checks: each outcome keeps them */
    NoteCheck(List<NoteRule> rules, ReadmeParser readmeParser, MatrixParser matrixParser, NoteReader reader,
              SeverityPolicy policy, boolean keepPrograms) {
        this.rules = rules;
        this.readmeParser = readmeParser;
        this.matrixParser = matrixParser;
        this.reader = reader;
        this.policy = policy;
        this.keepPrograms = keepPrograms;
    }

    /**
     * @param early     the note when it was read before the per-file pass (a rubric, the dictionary, a note read
     *                  ahead), else null
     * @param readWhole whether every run reads the note whole before this pass (a rubric, the dictionary): the
     *                  cache then keeps it whole
     * @param context   null when the note is only indexed, not checked
     * @param readme    whether the note is a series README: the cross-file rules read it, as they read every
     *                  coverage matrix
     */
    Outcome check(String path, NoteRead early, boolean readWhole, NoteContext context, boolean readme) {
        boolean matrix = PathNames.fileName(path).equalsIgnoreCase(SeriesDiscovery.MATRIX_FILE);
        boolean keep = readme || matrix;
        NoteRead read = early != null ? early : reader.read(path, context == null && !keep);
        if (read.note() == null) {
            return new Outcome(List.of(), read.indexed(), null, null, stored(read, null), List.of());
        }
        Note note = read.note();
        Findings sink = new Findings(path, context == null ? null : context.seriesName(), policy);
        if (context != null) {
            runRules(note, context, sink);
        }
        SeriesReadme readmeRead = readme ? readForCrossFile(() -> readmeParser.parse(path, note), sink) : null;
        CoverageMatrix matrixRead = matrix ? readForCrossFile(() -> matrixParser.parse(path, note), sink) : null;
        NoteSummary indexed = NoteSummary.of(note, summaryStore);
        if (context != null && context.chapter() != null && !context.chapter().rubric().seriesChecks().isEmpty()) {
            // what the series checks look for is read here, once, so that the cross-file rule need not read notes
            indexed = indexed.withTerms(context.chapter().rubric().seriesTermsIn(note));
        }
        // every run reads the rubrics, READMEs and matrices whole: the next one can take them from the cache
        return new Outcome(sink.findings(), indexed, readmeRead, matrixRead,
                stored(read, keep || readWhole ? note : null),
                keepPrograms && context != null ? Programs.blocks(note.codeBlocks()) : List.of());
    }

    private void runRules(Note note, NoteContext context, Findings sink) {
        for (ParseProblem problem : note.problems()) {
            sink.report(problem.rule(), problem.line(), problem.column(), problem.message());
        }
        try {
            NoteContext decided = context.withKindOf(note);
            for (NoteRule rule : rules) {
                rule.check(note, decided, sink);
            }
        } catch (StackOverflowError e) {
            sink.report(ParseRules.TOO_COMPLEX, 0, 0, "the note nests too deeply to be checked; it is checked only in part");
        } catch (RuntimeException e) {
            reportDefect(e, sink);
        }
    }

    /**
     * What the cross-file rules read of a README or a matrix; null, with a finding on the note, when that fails (the
     * cross-file checks of the series then leave it out; with changedSince an unchanged note's finding is not shown).
     */
    static <T> T readForCrossFile(Supplier<T> read, Findings sink) {
        try {
            return read.get();
        } catch (StackOverflowError e) {
            sink.report(ParseRules.TOO_COMPLEX, 0, 0, "the note nests too deeply to be read for the cross-file checks");
        } catch (RuntimeException e) {
            reportDefect(e, sink);
        }
        return null;
    }

    /** A defect of the plugin met on a note: reported on the note, and the run goes on. */
    private static void reportDefect(RuntimeException e, Findings sink) {
        sink.report(ParseRules.INTERNAL_ERROR, 0, 0, "the plugin failed on this note (" + e
                + "); please report it with the note");
    }

    /** Null when the run keeps no cache, or the note could not be read. */
    private static Stored stored(NoteRead read, Note whole) {
        return read.contentHash() == null ? null : new Stored(read.contentHash(), whole);
    }
}
