package io.github.backendnotes.report;

import io.github.backendnotes.model.Finding;
import io.github.backendnotes.model.Rubric;
import io.github.backendnotes.model.Series;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.run.RunResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The console view. Findings first, sorted by severity and then by path, line and column, so that errors come before
 * the warnings and infos however the files are named; suppressed findings (baseline, inline comments) are only
 * counted unless {@code verbose}. Then one line per series on how much of its rubric is enforced, the list of the
 * lines not checked only when {@code verbose}. The closing summary ({@link #closing}) gives the counts, the most
 * frequent rules and the report to open.
 */
public final class ConsoleReport {

    /** How many rule ids the closing summary lists. */
    static final int TOP_RULES = 10;

    /** The hint where the lists the console leaves out can be seen. */
    static final String VERBOSE_HINT = "-Dbackend-notes.verbose=true";

    private static final Comparator<Finding> BY_SEVERITY = Comparator.comparing(Finding::severity)
            .thenComparing(Finding.ORDER);

    private ConsoleReport() {
    }

    /** Emits the findings, then the rubric lines, each with the severity it should be logged at. */
    public static void print(RunResult result, boolean verbose, BiConsumer<Severity, String> out) {
        findings(result, verbose, out);
        rubrics(result, verbose, out);
    }

    /** The findings that count, errors first; with {@code verbose} the suppressed ones too, at info level. */
    public static void findings(RunResult result, boolean verbose, BiConsumer<Severity, String> out) {
        List<Finding> sorted = new ArrayList<>(result.findings());
        sorted.sort(BY_SEVERITY);
        for (Finding finding : sorted) {
            if (!finding.suppressed()) {
                out.accept(finding.severity(), line(finding));
            }
        }
        if (verbose) {
            // suppressed findings never fail the build: they are listed apart and not in red
            sorted.stream().filter(Finding::suppressed).forEach(f -> out.accept(Severity.INFO, line(f) + " (suppressed)"));
        }
    }

    /** One line per series and for the dictionary; with {@code verbose} each rubric line not checked. */
    public static void rubrics(RunResult result, boolean verbose, BiConsumer<Severity, String> out) {
        for (Series series : result.series()) {
            int enforced = series.rubric().enforced().size();
            List<Rubric.RubricLine> notChecked = series.rubric().notChecked();
            out.accept(Severity.INFO, "Series " + label(series) + ": " + plural(series.chapters().size(), "chapter")
                    + ", rubric " + series.rubric().file() + ": " + enforced + " of " + (enforced + notChecked.size())
                    + " lines enforced" + notCheckedTail(notChecked.size(), verbose));
            series.rubric().kinds().forEach(kind -> kind.headings().stream().filter(h -> h.inferred()).forEach(h ->
                    out.accept(Severity.INFO, "  inferred heading: '" + h.text() + "' (" + kind.label() + "; "
                            + h.agreeing() + " of " + h.chapters() + " chapters have it)")));
            if (verbose) {
                notChecked.forEach(line -> out.accept(Severity.INFO, "  not checked: " + unchecked(line)));
            }
        }
        if (result.dictionary() != null) {
            int enforced = result.dictionary().enforced().size();
            List<Rubric.RubricLine> notChecked = result.dictionary().notChecked();
            out.accept(Severity.INFO, "Property dictionary " + result.dictionary().file() + ": " + enforced + " of "
                    + (enforced + notChecked.size()) + " lines enforced" + notCheckedTail(notChecked.size(), verbose));
            if (verbose) {
                notChecked.forEach(line -> out.accept(Severity.INFO, "  not checked: " + unchecked(line)));
            }
        }
    }

    /** "line 9: text [judgement]". */
    static String unchecked(Rubric.RubricLine line) {
        return line + (line.reason() == null ? "" : " [" + line.reason().label() + "]");
    }

    private static String notCheckedTail(int notChecked, boolean verbose) {
        if (notChecked == 0) {
            return "";
        }
        return ", " + notChecked + " not checked" + (verbose ? ":" : " (listed in report.json, or with " + VERBOSE_HINT + ")");
    }

    /**
     * The closing summary: the counts, the rules that produced the most findings, the baseline and INDEX lines, and
     * the report to open ({@code null} for none).
     */
    public static List<String> closing(RunResult result, boolean verbose, String report) {
        List<String> lines = new ArrayList<>();
        lines.add(counts(result) + suppressedTail(result, verbose));
        List<Map.Entry<String, Integer>> top = rulesByCount(result);
        if (!top.isEmpty()) {
            lines.add("Findings by rule" + (top.size() > TOP_RULES ? " (top " + TOP_RULES + " of " + top.size() + ")" : "")
                    + ":");
            top.stream().limit(TOP_RULES).forEach(e -> lines.add(String.format("  %5d  %s", e.getValue(), e.getKey())));
        }
        if (result.baseline() != null) {
            lines.add("Baseline " + result.baseline().file() + ": " + plural(result.baseline().fixed().size(),
                    "baselined finding") + " no longer " + (result.baseline().fixed().size() == 1 ? "occurs" : "occur"));
        }
        if (result.indexCoverage() != null) {
            lines.add(result.indexCoverage().index() + " links to " + result.indexCoverage().indexed() + " of "
                    + result.indexCoverage().total() + " notes (" + result.indexCoverage().percent() + "%)");
        }
        if (report != null) {
            lines.add("Report: " + report);
        }
        return lines;
    }

    private static String suppressedTail(RunResult result, boolean verbose) {
        long suppressed = result.suppressed();
        return suppressed == 0 || verbose ? "" : "; the suppressed (baseline, inline comments) are not printed ("
                + VERBOSE_HINT + " lists them)";
    }

    /** Rule ids by how many findings that count they produced, most first, then by id. */
    static List<Map.Entry<String, Integer>> rulesByCount(RunResult result) {
        Map<String, Integer> counts = new TreeMap<>();
        result.findings().stream().filter(f -> !f.suppressed()).forEach(f -> counts.merge(f.ruleId(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
        sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        return sorted;
    }


    /** The console's counts line: the counts that count, and what was checked, with plurals that agree. */
    public static String counts(RunResult result) {
        return plural(result.count(Severity.ERROR), "error") + ", " + plural(result.count(Severity.WARNING), "warning")
                + ", " + plural(result.count(Severity.INFO), "info") + (result.suppressed() > 0 ? " ("
                + result.suppressed() + " suppressed)" : "") + " in " + plural(result.files(), "file") + " ("
                + plural(result.chapters(), "chapter") + " in " + result.series().size() + " series)"
                + (result.skipped() > 0 ? "; " + plural(result.skipped(), "unchanged file") + " skipped" : "");
    }

    /**
     * The compiler-style line: {@code path:line:col: severity [rule.id] message}, with {@code path:line:} when the
     * column is unknown and {@code path:} alone for a finding about the whole file.
     */
    public static String line(Finding finding) {
        return location(finding) + ": " + finding.severity().label() + " [" + finding.ruleId() + "] " + finding.message();
    }

    static String location(Finding finding) {
        if (finding.line() <= 0) {
            return finding.file();
        }
        return finding.file() + ":" + finding.line() + (finding.column() > 0 ? ":" + finding.column() : "");
    }

    static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String label(Series series) {
        return series.name().isEmpty() ? "(root)" : series.dir();
    }
}
