package io.github.backendnotes.mojo;

import io.github.backendnotes.engine.VerifyResult;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ConsoleReport;
import io.github.backendnotes.report.JsonReport;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

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

    @Override
    void handle(VerifyResult result) throws MojoExecutionException, MojoFailureException {
        Severity threshold = threshold();
        ConsoleReport.print(result, (severity, line) -> {
            switch (severity) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        });
        Path report;
        try {
            report = JsonReport.write(result, outputDirectory().toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the report to " + outputDirectory(), e);
        }
        getLog().info("Report: " + report);
        long violations = result.violations(threshold);
        if (failOnViolation && violations > maxAllowedViolations) {
            throw new MojoFailureException("backend-notes: " + ConsoleReport.summary(result) + "; " + violations
                    + " findings of severity " + threshold.label() + " or worse, " + maxAllowedViolations
                    + " allowed; see " + report);
        }
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
