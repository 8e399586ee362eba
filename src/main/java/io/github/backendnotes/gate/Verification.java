package io.github.backendnotes.gate;

import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ConsoleReport;
import io.github.backendnotes.report.GithubAnnotations;
import io.github.backendnotes.report.ReportContext;
import io.github.backendnotes.report.ReportFormat;
import io.github.backendnotes.report.Reports;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.run.SnippetRequest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code verify} gate apart from Maven: runs the engine, prints the findings, writes the reports and decides
 * whether the build passes. The goal runs it in Maven's JVM or, by default, in a forked one.
 */
public final class Verification {

    /**
     * What the gate is told beside the run request.
     *
     * @param verbose              list what the console otherwise only counts
     * @param formats              the report files to write
     * @param failOnViolation      whether findings past the threshold fail the build
     * @param threshold            the least severity that counts against the build
     * @param maxAllowedViolations how many counted findings the build tolerates
     * @param outputDirectory      where the reports go
     * @param parameters           the goal's parameters as resolved, in the order the HTML report shows them
     * @param annotationsBase      the notes directory relative to the checkout, for GitHub's annotations; null
     *                             writes none
     */
    public record Settings(boolean verbose, List<ReportFormat> formats, boolean failOnViolation, Severity threshold,
                           int maxAllowedViolations, Path outputDirectory, Map<String, String> parameters,
                           String annotationsBase) {
        public Settings {
            formats = List.copyOf(formats);
            Objects.requireNonNull(threshold, "threshold");
            Objects.requireNonNull(outputDirectory, "outputDirectory");
            // in the order given: Map.copyOf would lose it
            parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        }
    }

    private Verification() {
    }

    /** Runs the gate; its console lines go to {@code log}. */
    public static Verdict run(RunRequest request, SnippetRequest snippets, Settings settings, GoalLog log) {
        RunResult result;
        try {
            ProgressLog progress = new ProgressLog(line -> log.say(GoalLog.Level.INFO, line));
            result = EngineCall.run(request.withProgress(progress), snippets);
        } catch (GoalStop stop) {
            return stop.verdict();
        }
        return judge(result, settings, log);
    }

    /** Prints the findings, writes the reports and tells whether the build passes. */
    public static Verdict judge(RunResult result, Settings settings, GoalLog log) {
        // the reports are written while the console prints: on a large vault each takes about a second, and the
        // console's time is mostly Maven's log
        Reports.Writing reports = Reports.start(result, ReportContext.now(settings.outputDirectory())
                .withParameters(settings.parameters()), settings.formats());
        ConsoleReport.print(result, settings.verbose(), (severity, line) -> log.say(switch (severity) {
            case ERROR -> GoalLog.Level.ERROR;
            case WARNING -> GoalLog.Level.WARNING;
            default -> GoalLog.Level.INFO;
        }, line));
        if (settings.annotationsBase() != null) {
            GithubAnnotations.lines(result, settings.annotationsBase())
                    .forEach(line -> log.say(GoalLog.Level.RAW, line));
        }
        List<Path> written;
        try {
            written = reports.await();
        } catch (IOException e) {
            return Verdict.broken("backend-notes: cannot write the reports to " + settings.outputDirectory(), e);
        }
        long violations = result.violations(settings.threshold());
        boolean exceeded = violations > settings.maxAllowedViolations();
        String over = violations + (violations == 1 ? " finding" : " findings") + " of severity "
                + settings.threshold().label() + " or worse, " + settings.maxAllowedViolations() + " allowed";
        // Maven's -q shows errors only: the summary of a failing build is logged as errors so that it survives -q
        boolean failing = settings.failOnViolation() && exceeded;
        for (String line : ConsoleReport.closing(result, settings.verbose(), readable(written).toString())) {
            log.say(failing ? GoalLog.Level.ERROR : GoalLog.Level.INFO, line);
        }
        if (exceeded && !settings.failOnViolation()) {
            log.say(GoalLog.Level.WARNING, "backend-notes: the threshold is exceeded (" + over + "); the build passes"
                    + " only because failOnViolation=false");
        }
        if (failing) {
            return Verdict.failed("backend-notes: " + ConsoleReport.counts(result) + "; " + over + "; see "
                    + readable(written));
        }
        return Verdict.PASSED;
    }

    /** The report a person opens: the HTML one if written, else the Markdown one, else report.json. */
    static Path readable(List<Path> written) {
        for (String name : List.of(ReportFormat.HTML.fileName(), ReportFormat.MARKDOWN.fileName())) {
            for (Path path : written) {
                if (path.getFileName().toString().equals(name)) {
                    return path;
                }
            }
        }
        return written.get(0);
    }
}
