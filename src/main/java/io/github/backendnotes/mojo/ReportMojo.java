package io.github.backendnotes.mojo;

import io.github.backendnotes.model.SeriesCompliance;
import io.github.backendnotes.report.ComplianceHtmlReport;
import io.github.backendnotes.report.ComplianceJsonReport;
import io.github.backendnotes.report.ComplianceMarkdownReport;
import io.github.backendnotes.report.ComplianceSiteReport;
import io.github.backendnotes.report.ReportContext;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
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
import java.time.Instant;
import java.util.Locale;

/**
 * Generates the coverage report: which chapters meet their rubric, per series, batch and priority, and where
 * the coverage matrix disagrees with the files. Same engine and findings as {@code verify}; it never fails the
 * build for findings. Writes {@code coverage.json}, {@code coverage.md} and {@code index.html} to
 * {@code <outputDirectory>/coverage}; under {@code mvn site} it is the "Notes coverage" report, rendered in the
 * site's skin, with the self-contained page beside it.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.SITE, requiresProject = false, threadSafe = true)
public class ReportMojo extends AbstractNotesMojo implements MavenReport {

    /** The page the Maven site links to, in the site's output directory, without its extension. */
    static final String SITE_PAGE = "backend-notes-coverage";

    private File reportOutputDirectory;

    /** The site's sink while {@link #generate(Sink, Locale)} runs. */
    private Sink sink;

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
            ComplianceHtmlReport.write(result, directory, ComplianceHtmlReport.FILE_NAME);
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the coverage report to " + directory, e);
        }
        for (SeriesCompliance series : result.compliance()) {
            getLog().info("Series " + (series.dir().isEmpty() ? "(root)" : series.dir()) + ": " + series.compliant()
                    + " of " + series.total() + " chapters meet their rubric");
        }
        getLog().info("Coverage report: " + directory.resolve(ComplianceHtmlReport.FILE_NAME));
    }

    // The Maven site's report contract, in the manner of AbstractMavenReport (which this goal cannot extend: it is
    // a mojo of its own, and its parameters are the plugin's): the site hands over its sink, the report writes the
    // page through it, so that the site renders it in its skin, and closes it.

    @Override
    public void generate(Sink siteSink, Locale locale) throws MavenReportException {
        this.sink = siteSink;
        try {
            executeReport(locale);
        } finally {
            siteSink.flush();
            siteSink.close();
            this.sink = null;
        }
    }

    /** Runs the engine, writes the full page and the JSON beside the site page, and the site page through the sink. */
    void executeReport(Locale locale) throws MavenReportException {
        try {
            RunResult result = run();
            Instant generated = ReportContext.now(null).generated();
            Path directory = getReportOutputDirectory().toPath();
            ComplianceHtmlReport.write(result, directory, ComplianceHtmlReport.SITE_FILE_NAME, generated);
            ComplianceJsonReport.write(result, directory.resolve(SITE_PAGE));
            ComplianceSiteReport.render(result, generated, getSink(), ComplianceHtmlReport.SITE_FILE_NAME);
        } catch (MojoExecutionException | MojoFailureException | IOException e) {
            throw new MavenReportException("backend-notes: cannot generate the coverage report: " + e.getMessage(), e);
        }
    }

    Sink getSink() {
        return sink;
    }

    @Override
    public String getOutputPath() {
        return SITE_PAGE;
    }

    /** The site plugin's older name for {@link #getOutputPath()}; still abstract in the interface. */
    @Deprecated
    @Override
    public String getOutputName() {
        return getOutputPath();
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
        return false;
    }

    /** A skipped report is left out of the site rather than shown empty. */
    @Override
    public boolean canGenerateReport() {
        return !skipped();
    }
}
