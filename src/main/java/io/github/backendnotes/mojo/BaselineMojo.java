package io.github.backendnotes.mojo;

import io.github.backendnotes.run.RunRequest;
import io.github.backendnotes.baseline.Baseline;
import io.github.backendnotes.run.RunResult;
import io.github.backendnotes.model.Finding;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

import java.io.IOException;
import java.util.List;

/**
 * Records today's findings as accepted: writes {@code backend-notes-baseline.json} at the notes root (or the file
 * {@code backend-notes.baseline} names). {@code verify} then reports them as suppressed and does not fail on them.
 * Findings suppressed by inline comments and problems of the configuration itself are not recorded.
 */
@Mojo(name = "baseline", requiresProject = false, threadSafe = true)
public class BaselineMojo extends AbstractNotesMojo {

    @Override
    void handle(RunResult result) throws MojoExecutionException {
        RunRequest.FileChoice target = request().choose(baselineOption(), RunRequest.DEFAULT_BASELINE);
        Baseline previous;
        try {
            previous = result.baseline() == null ? Baseline.of(List.of()) : Baseline.read(target.path());
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot read the baseline " + target.path(), e);
        }
        // a finding the previous baseline suppressed is still today's; one an inline comment suppresses is not
        List<Finding> accepted = result.findings().stream()
                .filter(f -> !f.ruleId().startsWith("config."))
                .filter(f -> !f.suppressed() || previous.holds(f))
                .toList();
        try {
            Baseline.of(accepted).write(target.path());
        } catch (IOException e) {
            throw new MojoExecutionException("backend-notes: cannot write the baseline " + target.path(), e);
        }
        getLog().info("Baseline " + target.path() + ": " + accepted.size() + " findings accepted");
    }
}
