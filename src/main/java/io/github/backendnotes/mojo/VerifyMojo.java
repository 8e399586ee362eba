package io.github.backendnotes.mojo;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ConsoleReport;
import io.github.backendnotes.report.GithubAnnotations;
import io.github.backendnotes.report.ReportContext;
import io.github.backendnotes.report.ReportFormat;
import io.github.backendnotes.report.Reports;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the notes tree against the rubrics of its series and the vault's conventions, prints the findings,
 * writes the reports, and fails the build when the findings pass the threshold. Runs with or without a
 * {@code pom.xml}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractNotesMojo {

    /** Fail the build when findings reach the threshold ({@code failOnSeverity}, {@code maxAllowedViolations}). */
    @Parameter(property = "backend-notes.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** The least severity that counts against the build: {@code error}, {@code warning} or {@code info}. */
    @Parameter(property = "backend-notes.failOnSeverity", defaultValue = "error")
    private String failOnSeverity;

    /** How many counted findings the build tolerates. Suppressed findings never count. */
    @Parameter(property = "backend-notes.maxAllowedViolations", defaultValue = "0")
    private int maxAllowedViolations;

    /**
     * Report formats, comma-separated: {@code json}, {@code sarif}, {@code junit}, {@code markdown}, {@code html}.
     * {@code report.json} is always written.
     */
    @Parameter(property = "backend-notes.formats", defaultValue = "json,sarif,junit,markdown")
    private String formats;

    /**
     * A git ref: only the notes changed since it (committed, staged, unstaged and untracked) are checked, with the
     * cross-file findings that name them. The summary says how many files were skipped.
     */
    @Parameter(property = "backend-notes.changedSince")
    private String changedSince;

    @Override
    RunRequest request() {
        return super.request().withChangedSince(changedSince);
    }

    /** Parsed by {@link #validate()}, before the tree is walked. */
    private Severity threshold;
    private List<ReportFormat> chosen;

    @Override
    void validate() throws MojoExecutionException {
        threshold = threshold();
        try {
            chosen = ReportFormat.parse(formats);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("backend-notes.formats: " + e.getMessage());
        }
    }

    @Override
    void handle(RunResult result) throws MojoExecutionException, MojoFailureException {
        ConsoleReport.print(result, verbose(), (severity, line) -> {
            switch (severity) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        });
        if ("true".equals(System.getenv("GITHUB_ACTIONS"))) {
            // workflow commands must start the line, so they bypass the Maven log's "[ERROR]" prefix
            GithubAnnotations.lines(result, pathFromWorkspace()).forEach(System.out::println);
        }
        List<Path> written;
        try {
            written = Reports.write(result, ReportContext.now(outputDirectory().toPath()).withParameters(parameters()),
                    chosen);
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the reports to " + outputDirectory(), e);
        }
        long violations = result.violations(threshold);
        boolean exceeded = violations > maxAllowedViolations;
        String over = violations + (violations == 1 ? " finding" : " findings") + " of severity " + threshold.label()
                + " or worse, " + maxAllowedViolations + " allowed";
        // Maven's -q shows errors only: the summary of a failing build is logged as errors so that it survives -q
        boolean failing = failOnViolation && exceeded;
        for (String line : ConsoleReport.closing(result, verbose(), readable(written).toString())) {
            if (failing) {
                getLog().error(line);
            } else {
                getLog().info(line);
            }
        }
        if (exceeded && !failOnViolation) {
            getLog().warn("backend-notes: the threshold is exceeded (" + over + "); the build passes only because"
                    + " failOnViolation=false");
        }
        if (failing) {
            throw new MojoFailureException("backend-notes: " + ConsoleReport.counts(result) + "; " + over + "; see "
                    + readable(written));
        }
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

    @Override
    Map<String, String> parameters() {
        Map<String, String> shown = super.parameters();
        shown.put("formats", formats);
        shown.put("failOnViolation", String.valueOf(failOnViolation));
        shown.put("failOnSeverity", failOnSeverity);
        shown.put("maxAllowedViolations", String.valueOf(maxAllowedViolations));
        shown.put("changedSince", changedSince == null || changedSince.isBlank() ? "(every note)" : changedSince);
        return shown;
    }

    /** The notes directory relative to the checkout, so that annotations name files as GitHub knows them. */
    private String pathFromWorkspace() {
        String workspace = System.getenv("GITHUB_WORKSPACE");
        Path base = Path.of(workspace == null || workspace.isBlank() ? System.getProperty("user.dir") : workspace)
                .toAbsolutePath().normalize();
        Path notes = notesDirectory().toPath().toAbsolutePath().normalize();
        return notes.startsWith(base) ? base.relativize(notes).toString().replace('\\', '/') : "";
    }

    private Severity threshold() throws MojoExecutionException {
        try {
            return Severity.valueOf(failOnSeverity.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("backend-notes.failOnSeverity must be error, warning or info, not '"
                    + failOnSeverity + "'");
        }
    }
}
