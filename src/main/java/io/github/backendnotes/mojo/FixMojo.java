package io.github.backendnotes.mojo;

import io.github.backendnotes.fix.FixRun;
import io.github.backendnotes.model.Finding;
import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.run.RunResult;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Applies the fixes whose result the rubric, the dictionary and the tree make certain, prints what it changed per
 * file and the findings of those kinds that remain. With {@code dryRun} it prints a unified diff and changes
 * nothing. Runs with or without a {@code pom.xml}; never fails the build for findings.
 */
@Mojo(name = "fix", requiresProject = false, threadSafe = true)
public class FixMojo extends AbstractNotesMojo {

    /** Print the edits as a unified diff on standard output and change no file. */
    @Parameter(property = "backend-notes.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** A git ref: only the notes changed since it (and the cross-file findings that name them) are fixed. */
    @Parameter(property = "backend-notes.changedSince")
    private String changedSince;

    @Override
    RunRequest request() {
        return super.request().withChangedSince(changedSince);
    }

    @Override
    void handle(RunResult result) throws MojoExecutionException, MojoFailureException {
        FixRun.Outcome outcome;
        try {
            outcome = FixRun.run(result, this::run, dryRun);
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write a fixed file: " + e.getMessage(), e);
        } catch (MojoFailureException e) {
            throw e;
        } catch (AbstractMojoExecutionException e) {
            throw e instanceof MojoExecutionException execution ? execution
                    : new MojoExecutionException(e.getMessage(), e);
        }
        for (FixRun.Pass pass : outcome.passes()) {
            pass.changes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(file -> {
                getLog().info((dryRun ? "would fix " : "fixed ") + file.getKey() + ":");
                file.getValue().forEach(change -> getLog().info("  " + change));
            });
        }
        // the diff goes to standard output unprefixed, so that it can be saved and applied as a patch; it starts on a
        // line of its own, since Maven may have written a colour reset there without ending the line
        if (!outcome.diff().isEmpty()) {
            System.out.println();
            outcome.diff().forEach(System.out::println);
        }
        int fixed = outcome.fixed().values().stream().mapToInt(Integer::intValue).sum();
        getLog().info("backend-notes: " + (dryRun ? "would fix " : "fixed ") + fixed
                + (fixed == 1 ? " finding" : " findings") + (fixed == 0 ? "" : " " + outcome.fixed()));
        List<Finding> remaining = dryRun ? List.of() : outcome.remainingFixable();
        if (!remaining.isEmpty()) {
            getLog().info("backend-notes: " + remaining.size() + " findings of these kinds remain, their fix not certain:");
            remaining.forEach(finding -> getLog().warn(finding.toConsoleLine()));
        }
        if (!dryRun) {
            long left = outcome.last().findings().stream().filter(f -> !f.suppressed()).count();
            getLog().info("backend-notes: " + left + " findings remain in all; the verify goal lists them");
        }
    }
}
