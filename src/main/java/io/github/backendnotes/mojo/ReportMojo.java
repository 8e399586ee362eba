package io.github.backendnotes.mojo;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.SeriesCompliance;
import io.github.backendnotes.report.ComplianceHtmlReport;
import io.github.backendnotes.report.ComplianceJsonReport;
import io.github.backendnotes.report.ComplianceMarkdownReport;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.reporting.MavenReport;
import org.apache.maven.reporting.MavenReportException;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Generates the coverage report: which chapters meet their rubric, per series, batch and priority, and where
 * the coverage matrix disagrees with the files. Same engine and findings as {@code verify}; it never fails the
 * build for findings. Writes {@code coverage.json}, {@code coverage.md} and {@code index.html} to
 * {@code <outputDirectory>/coverage}; under {@code mvn site} it is the "Notes coverage" report.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class ReportMojo extends AbstractNotesMojo implements MavenReport {

    /** The page the Maven site links to, in the site's output directory. */
    static final String SITE_PAGE = "backend-notes-coverage";

    private File reportOutputDirectory;

    @Override
    RunRequest request() {
        return super.request().withCompliance();
    }

    @Override
    void handle(RunResult result) throws MojoExecutionException {
        Path directory = outputDirectory().toPath().resolve("coverage");
        try {
            ComplianceJsonReport.write(result, directory);
            ComplianceMarkdownReport.write(result, directory);
            ComplianceHtmlReport.write(result, directory, "index.html");
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the coverage report to " + directory, e);
        }
        for (SeriesCompliance series : result.compliance()) {
            getLog().info("Series " + (series.dir().isEmpty() ? "(root)" : series.dir()) + ": " + series.compliant()
                    + " of " + series.total() + " chapters meet their rubric");
        }
        getLog().info("Coverage report: " + directory.resolve("index.html"));
    }

    // The Maven site's report contract. The page is written by the report itself (an external report), so the
    // site plugin is not needed by the goal and the same page serves both.

    @Override
    public void generate(Sink sink, Locale locale) throws MavenReportException {
        if (skipped()) {
            return;
        }
        try {
            RunResult result = run();
            Path directory = getReportOutputDirectory().toPath();
            ComplianceHtmlReport.write(result, directory, SITE_PAGE + ".html");
            ComplianceJsonReport.write(result, directory.resolve(SITE_PAGE));
        } catch (MojoExecutionException | MojoFailureException | IOException e) {
            throw new MavenReportException("backend-notes: cannot generate the coverage report: " + e.getMessage(), e);
        }
    }

    @Override
    public String getOutputName() {
        return SITE_PAGE;
    }

    @Override
    public String getCategoryName() {
        return CATEGORY_PROJECT_REPORTS;
    }

    @Override
    public String getName(Locale locale) {
        return "Notes coverage";
    }

    @Override
    public String getDescription(Locale locale) {
        return "Which study-note chapters meet their series rubric, by series, batch and priority.";
    }

    @Override
    public void setReportOutputDirectory(File outputDirectory) {
        this.reportOutputDirectory = outputDirectory;
    }

    @Override
    public File getReportOutputDirectory() {
        return reportOutputDirectory != null ? reportOutputDirectory : outputDirectory();
    }

    @Override
    public boolean isExternalReport() {
        return true;
    }

    @Override
    public boolean canGenerateReport() {
        return true;
    }
}
