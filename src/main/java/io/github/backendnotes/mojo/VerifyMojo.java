package io.github.backendnotes.mojo;

import io.github.backendnotes.config.VerifyRequest;
import io.github.backendnotes.engine.VerificationEngine;
import io.github.backendnotes.engine.VerifyResult;
import io.github.backendnotes.model.Severity;
import io.github.backendnotes.report.ConsoleReport;
import io.github.backendnotes.report.JsonReport;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.File;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks the notes tree against the rubrics of its series, prints the findings, writes
 * {@code report.json}, and fails the build when an error-severity finding exists.
 * Runs with or without a {@code pom.xml}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresProject = false, threadSafe = true)
public class VerifyMojo extends AbstractMojo {

    /**
     * Root of the notes tree; reported paths are relative to it. Default: the project's base directory, or
     * the current directory when there is no {@code pom.xml}.
     */
    @Parameter(property = "backend-notes.notesDirectory")
    private File notesDirectory;

    /**
     * Where the reports are written. Default: {@code ${project.build.directory}/backend-notes}, or
     * {@code target/backend-notes} under the current directory when there is no {@code pom.xml}.
     */
    @Parameter(property = "backend-notes.outputDirectory")
    private File outputDirectory;

    /**
     * Globs of notes that are templates or prompts (comma-separated on the command line): they are parsed and
     * their links checked, but the property dictionary, the naming rules and the orphan and INDEX checks leave
     * them alone.
     */
    @Parameter(property = "backend-notes.templates", defaultValue = "**/templates/**,**/prompts/**")
    private List<String> templates;

    /**
     * The vault's property dictionary, relative to the notes directory or absolute. Default: {@code Property
     * Dictionary.md} at the notes root, when it exists; a dictionary named here must exist.
     */
    @Parameter(property = "backend-notes.dictionary")
    private String dictionary;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    /** Fail the build when an error-severity finding exists. */
    @Parameter(property = "backend-notes.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /** Skip the check. */
    @Parameter(property = "backend-notes.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Globs of paths, relative to the notes directory, not to check (comma-separated on the command line),
     * e.g. {@code 00_system/**}. Hidden folders, {@code target} and {@code node_modules} are always skipped.
     */
    @Parameter(property = "backend-notes.excludes")
    private List<String> excludes;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("backend-notes: skipped");
            return;
        }
        File notesRoot = notesDirectory();
        File reportDirectory = outputDirectory();
        VerifyRequest request = VerifyRequest.of(notesRoot.toPath(), excludes == null ? List.of() : excludes)
                .withTemplates(templates == null ? VerifyRequest.DEFAULT_TEMPLATES : templates)
                .withDictionary(dictionary);
        VerifyResult result;
        try {
            result = new VerificationEngine().verify(request);
        } catch (NoSuchFileException e) {
            throw new MojoFailureException("backend-notes: notes directory " + notesRoot + " does not exist");
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot walk " + notesRoot + ": " + e.getMessage(), e);
        }
        ConsoleReport.print(result, (severity, line) -> {
            switch (severity) {
                case ERROR -> getLog().error(line);
                case WARNING -> getLog().warn(line);
                default -> getLog().info(line);
            }
        });
        Path report;
        try {
            report = JsonReport.write(result, reportDirectory.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the report to " + reportDirectory, e);
        }
        getLog().info("Report: " + report);
        long errors = result.count(Severity.ERROR);
        if (failOnViolation && errors > 0) {
            throw new MojoFailureException("backend-notes: " + ConsoleReport.summary(result) + "; see " + report);
        }
    }

    private boolean projectPresent() {
        return session != null && session.getRequest().isProjectPresent() && session.getCurrentProject() != null;
    }

    private File workingDirectory() {
        return new File(session == null ? System.getProperty("user.dir") : session.getExecutionRootDirectory());
    }

    private File notesDirectory() {
        if (notesDirectory != null) {
            return notesDirectory;
        }
        return projectPresent() ? session.getCurrentProject().getBasedir() : workingDirectory();
    }

    private File outputDirectory() {
        if (outputDirectory != null) {
            return outputDirectory;
        }
        File buildDirectory = projectPresent()
                ? new File(session.getCurrentProject().getBuild().getDirectory())
                : new File(workingDirectory(), "target");
        return new File(buildDirectory, "backend-notes");
    }
}
